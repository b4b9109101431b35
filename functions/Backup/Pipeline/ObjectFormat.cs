namespace Functions.Backup.Pipeline;

/// <summary>What a stored object holds, which decides how it is verified and restored.</summary>
internal enum ObjectFormat
{
    /// <summary><c>pg_dump -Fc</c> archive (starts with <c>PGDMP</c>).</summary>
    PostgresCustom,

    /// <summary>Plain SQL, e.g. <c>pg_dumpall --globals-only</c>.</summary>
    PostgresSql,

    /// <summary>A Redis RDB file (<c>REDISdddd</c> … <c>0xFF</c> + CRC-64).</summary>
    RedisRdb,

    /// <summary>Our logical Redis snapshot: DUMP payloads with absolute expiry, framed and counted.</summary>
    RedisLogical,

    /// <summary>A POSIX tar stream of files.</summary>
    Tar,

    /// <summary>A consistent copy of an SQLite database file.</summary>
    Sqlite,

    /// <summary>A Label Studio export snapshot as downloaded (JSON).</summary>
    LabelStudioExport,
}
