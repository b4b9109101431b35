using Functions.State.Redis;
using StackExchange.Redis;

namespace Functions.Backup.Sources.Redis;

/// <summary>What the Redis source backs up and how.</summary>
/// <param name="Connection">The server, from <c>REDIS_URL</c>; its database is always backed up, with every other non-empty one.</param>
/// <param name="Mode">How the snapshot is taken.</param>
internal sealed record RedisSourceOptions(ConfigurationOptions Connection, RedisSnapshotMode Mode = RedisSnapshotMode.Auto)
{
    /// <summary>Keys per pipelined DUMP + PTTL (or RESTORE) batch: the values of one batch are what a logical run holds in memory.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>How long the replication connection may stay silent (Redis sends a newline every second while it prepares the RDB).</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Options from configuration values.</summary>
    /// <param name="url">The <c>redis://</c> or <c>rediss://</c> URL.</param>
    /// <param name="mode"><c>auto</c> (also when empty), <c>rdb</c> or <c>logical</c>.</param>
    /// <returns>The options.</returns>
    /// <exception cref="FormatException">A value is invalid; the message never includes the URL.</exception>
    public static RedisSourceOptions Parse(string url, string? mode) => new(RedisUrl.Parse(url), ParseMode(mode));

    /// <summary>Reads a mode.</summary>
    /// <param name="mode"><c>auto</c> (also when empty), <c>rdb</c> or <c>logical</c>, in any case.</param>
    /// <returns>The mode.</returns>
    /// <exception cref="FormatException">It is none of them.</exception>
    public static RedisSnapshotMode ParseMode(string? mode) =>
        mode?.Trim().ToUpperInvariant() switch
        {
            null or "" or "AUTO" => RedisSnapshotMode.Auto,
            "RDB" => RedisSnapshotMode.Rdb,
            "LOGICAL" => RedisSnapshotMode.Logical,
            _ => throw new FormatException($"must be auto, rdb or logical, not '{mode}'"),
        };
}
