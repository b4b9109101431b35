-- One digest of every row, the view and the large objects: equal in two databases only if their contents are.
SELECT md5(string_agg(x, '|' ORDER BY x)) FROM (
    SELECT u::text AS x FROM users u
    UNION ALL SELECT p::text FROM projects p
    UNION ALL SELECT t::text FROM tasks t
    UNION ALL SELECT a::text FROM annotations a
    UNION ALL SELECT v::text FROM project_progress v
    UNION ALL SELECT md5(lo_get(oid)) FROM pg_largeobject_metadata) s;
