namespace Functions.Backup.Sources.Redis;

/// <summary>How the Redis snapshot is taken.</summary>
internal enum RedisSnapshotMode
{
    /// <summary>RDB through replication; a logical snapshot when the server refuses replication (the default).</summary>
    Auto,

    /// <summary>RDB through replication only; a server that refuses it fails the backup.</summary>
    Rdb,

    /// <summary>SCAN + DUMP + PTTL only.</summary>
    Logical,
}
