using Functions.Backup.Pipeline;
using Functions.State.Redis;
using Microsoft.Extensions.Logging;

namespace Functions.Backup.Sources.Redis;

/// <summary>
/// Backs up Redis: an RDB through the replication protocol, as <c>redis-cli --rdb -</c> takes it, streamed into the
/// writer; or, from servers that refuse replication (TencentDB for Redis, ElastiCache), a logical snapshot of every
/// key by SCAN + DUMP + PTTL. In <c>auto</c> mode only a refusal of REPLCONF or SYNC switches to the logical
/// snapshot; a network failure fails the backup.
/// </summary>
/// <param name="options">The server and the mode.</param>
/// <param name="time">The clock (TTLs become absolute expiries; progress rates).</param>
/// <param name="logger">Progress and the mode's reasons.</param>
internal sealed partial class RedisSource(RedisSourceOptions options, TimeProvider time, ILogger<RedisSource> logger) : IBackupSource
{
    /// <summary>The source's name.</summary>
    public const string SourceName = "redis";

    private readonly string _target = RedisUrl.Describe(options.Connection);

    /// <inheritdoc />
    public string Name => SourceName;

    /// <inheritdoc />
    public async Task<SourceReport> BackupAsync(ISourceWriter writer, CancellationToken cancellationToken)
    {
        try
        {
            if (options.Mode == RedisSnapshotMode.Logical)
            {
                return await LogicalAsync(writer, "logical mode requested", cancellationToken);
            }

            var (report, refusal) = await ReplicationAsync(writer, cancellationToken);
            if (report is not null)
            {
                return report;
            }

            if (options.Mode == RedisSnapshotMode.Rdb)
            {
                throw new SourceFailedException(Name, $"{_target} refused replication, which rdb mode needs: {refusal}");
            }

            logger.ReplicationRefused(_target, refusal!);
            return await LogicalAsync(writer, $"auto: the server refused replication ({refusal}), so SCAN + DUMP", cancellationToken);
        }
        catch (Exception e) when (RedisFailures.IsExpected(e))
        {
            throw new SourceFailedException(Name, $"{_target}: {e.Message}", e);
        }
    }

    private SourceReport Report(string mode, string reason, StoredObject stored, Dictionary<string, string> details)
    {
        details["mode"] = mode;
        details["mode_reason"] = reason;
        details["bytes"] = stored.PlainSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new SourceReport(Name, mode, details, [stored]);
    }
}
