namespace Functions.Backup.Tests.Sources.Postgres;

/// <summary>A SuperInsight-like schema with the column types a dump must carry exactly, and a query that fingerprints it.</summary>
internal static class SampleSchema
{
    public const string Create = """
        CREATE EXTENSION IF NOT EXISTS pgcrypto;
        CREATE TYPE task_state AS ENUM ('new', 'labelled', 'reviewed');
        CREATE TABLE projects (id serial PRIMARY KEY, name text NOT NULL UNIQUE, settings jsonb NOT NULL, created timestamptz NOT NULL);
        CREATE TABLE tasks (
            id bigserial PRIMARY KEY,
            project_id int NOT NULL REFERENCES projects(id),
            payload bytea,
            labels text[],
            score numeric(20, 10),
            state task_state NOT NULL,
            due date,
            at_local timestamp,
            duration interval,
            ratio double precision,
            uid uuid DEFAULT gen_random_uuid(),
            note text);
        CREATE INDEX tasks_project ON tasks (project_id);
        CREATE VIEW labelled AS SELECT id, project_id FROM tasks WHERE state <> 'new';
        INSERT INTO projects (name, settings, created)
            SELECT 'project ' || g, jsonb_build_object('labels', jsonb_build_array('cat', 'dog'), 'n', g), '2026-01-01T00:00:00Z'::timestamptz + g * interval '1 hour'
            FROM generate_series(1, 20) g;
        INSERT INTO tasks (project_id, payload, labels, score, state, due, at_local, duration, ratio, note)
            SELECT 1 + g % 20, decode(md5(g::text), 'hex') || '\x00ff'::bytea, ARRAY['a' || g, 'b "quoted"', NULL], g / 7.0,
                   (ARRAY['new', 'labelled', 'reviewed'])[1 + g % 3]::task_state, '2026-11-27'::date + g, '2026-11-27 10:00'::timestamp + g * interval '1 minute',
                   g * interval '1 second', g * 0.001, CASE WHEN g % 10 = 0 THEN NULL ELSE '中文 note ' || g END
            FROM generate_series(1, 5000) g;
        SELECT lo_from_bytea(4242, convert_to(repeat('large object content ', 5000), 'UTF8'));
        """;

    /// <summary>A digest of every row and the large object, equal between two databases only if their contents are.</summary>
    public const string Fingerprint = """
        SELECT md5(string_agg(x, '|' ORDER BY x)) FROM (
            SELECT p::text AS x FROM projects p
            UNION ALL SELECT (t.id, t.project_id, t.payload, t.labels, t.score, t.state, t.due, t.at_local, t.duration, t.ratio, t.uid, t.note)::text FROM tasks t
            UNION ALL SELECT md5(lo_get(4242))
            UNION ALL SELECT count(*)::text FROM labelled) s
        """;
}
