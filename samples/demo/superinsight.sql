-- A SuperInsight-like database for the demo: users, projects, tasks with annotations, and the column types a
-- backup must carry exactly (jsonb, arrays, bytea, numeric, timestamps, enums, a large object).
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TYPE annotation_state AS ENUM ('draft', 'submitted', 'accepted', 'rejected');
CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, display_name text NOT NULL, created timestamptz NOT NULL DEFAULT now());
CREATE TABLE projects (id serial PRIMARY KEY, title text NOT NULL, label_config jsonb NOT NULL, owner_id int REFERENCES users(id), created timestamptz NOT NULL);
CREATE TABLE tasks (id bigserial PRIMARY KEY, project_id int NOT NULL REFERENCES projects(id), data jsonb NOT NULL, thumbnail bytea, tags text[], created timestamptz NOT NULL);
CREATE TABLE annotations (
    id bigserial PRIMARY KEY, task_id bigint NOT NULL REFERENCES tasks(id), annotator_id int REFERENCES users(id),
    result jsonb NOT NULL, state annotation_state NOT NULL, confidence numeric(5, 4), lead_time interval, updated timestamp);
CREATE INDEX annotations_task ON annotations (task_id);
CREATE VIEW project_progress AS
    SELECT p.id, p.title, count(DISTINCT t.id) AS tasks, count(a.id) FILTER (WHERE a.state = 'accepted') AS accepted
    FROM projects p LEFT JOIN tasks t ON t.project_id = p.id LEFT JOIN annotations a ON a.task_id = t.id GROUP BY p.id, p.title;

INSERT INTO users (email, display_name, created)
    SELECT 'annotator' || g || '@superinsight.example', '标注员 ' || g, '2026-01-01T08:00:00+08'::timestamptz + g * interval '1 day' FROM generate_series(1, 50) g;
INSERT INTO projects (title, label_config, owner_id, created)
    SELECT 'Project ' || g, jsonb_build_object('type', 'image', 'labels', jsonb_build_array('cat', 'dog', 'bird')), 1 + g % 50,
           '2026-02-01T00:00:00Z'::timestamptz + g * interval '1 hour' FROM generate_series(1, 12) g;
INSERT INTO tasks (project_id, data, thumbnail, tags, created)
    SELECT 1 + g % 12, jsonb_build_object('image', '/data/upload/' || (1 + g % 12) || '/img' || g || '.png', 'meta', jsonb_build_object('w', 640, 'h', 480)),
           decode(md5(g::text) || md5((g * 7)::text), 'hex'), ARRAY['batch-' || (g / 100), 'source "camera"'],
           '2026-03-01T00:00:00Z'::timestamptz + g * interval '1 minute' FROM generate_series(1, 8000) g;
INSERT INTO annotations (task_id, annotator_id, result, state, confidence, lead_time, updated)
    SELECT 1 + g % 8000, 1 + g % 50,
           jsonb_build_array(jsonb_build_object('from_name', 'label', 'value', jsonb_build_object('rectanglelabels', jsonb_build_array('cat'), 'x', g % 100, 'y', g % 77))),
           (ARRAY['draft', 'submitted', 'accepted', 'rejected'])[1 + g % 4]::annotation_state, (g % 10000) / 10000.0, g * interval '1 second',
           '2026-03-02 09:00'::timestamp + g * interval '30 seconds' FROM generate_series(1, 20000) g;
SELECT lo_from_bytea(0, convert_to(repeat('exported model weights ', 10000), 'UTF8'));
