using System.Globalization;
using Functions.Backup.Pipeline;
using Functions.Backup.Restore;
using Functions.Backup.Sources.Redis.Logical;
using Functions.Backup.Sources.Redis.Protocol;
using Functions.State.Redis;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Functions.Backup.Sources.Redis;

/// <summary>
/// Restores a Redis snapshot into a live server named by a redis:// URL, key by key with <c>RESTORE … ABSTTL</c>,
/// into the databases the keys came from (the URL's database number plays no part). A target that holds keys is refused unless <see cref="RestoreRequest.Clean"/>;
/// with it, keys the snapshot holds replace those of the same name (<c>REPLACE</c>) and other keys stay — nothing is
/// flushed, so a restore never deletes what it does not put back. A logical snapshot is read once, its last batch restored
/// only after the trailer checks out; a damaged one fails the restore, though earlier batches are already in the target.
/// </summary>
/// <param name="time">The clock (expiry, progress).</param>
/// <param name="logger">Progress.</param>
/// <param name="scratchDirectory">Where an RDB is unpacked for the temporary server (default: the system's temporary
/// directory; SCF's /tmp is small, so a large RDB wants a mounted volume).</param>
internal sealed partial class RedisRestorer(TimeProvider time, ILogger<RedisRestorer> logger, string? scratchDirectory = null)
    : ISourceRestorer
{
    private const int BatchSize = 256;

    /// <inheritdoc />
    public string Source => RedisSource.SourceName;

    /// <inheritdoc />
    public async Task<RestoreReport> RestoreAsync(RestoreRequest request, IObjectReader reader, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var entry = request.Objects.FirstOrDefault(o => o.Format is ObjectFormat.RedisRdb or ObjectFormat.RedisLogical)
            ?? throw Failed($"set {request.SetId} holds no Redis snapshot");
        ConfigurationOptions target;
        try
        {
            target = RedisUrl.Parse(request.Target);
        }
        catch (FormatException e)
        {
            throw Failed($"the target {e.Message}", e);
        }

        var where = RedisUrl.Describe(target);
        KeyRestorer? restorer = null;
        try
        {
            await using var connection = new RedisConnection(RedisConnectionOptions.ForBulk(target));
            var redis = await connection.GetAsync(cancellationToken);
            await RefuseNonEmptyAsync(redis, where, request.Clean, cancellationToken);
            restorer = new KeyRestorer(redis, request.Clean, time, BatchSize);
            var progress = new RedisProgress($"restore of {entry.Key} into {where}", countsKeys: true, time, logger);
            var bytes = entry.Format == ObjectFormat.RedisRdb
                ? await FromRdbAsync(entry, reader, restorer, progress, request.Details, cancellationToken)
                : await FromLogicalAsync(entry, reader, restorer, progress, cancellationToken);
            progress.Report(restorer.Restored + restorer.Expired, bytes);
            progress.Done();
            return new RestoreReport(Source, where, Summary(restorer), bytes, time.GetElapsedTime(started));
        }
        catch (InvalidDataException e)
        {
            var partial = restorer is { Restored: > 0 } ? $" after {restorer.Restored} keys were restored" : "";
            throw Failed($"{entry.Key} is damaged; the restore stopped{partial}: {e.Message}", e);
        }
        catch (Exception e) when (RedisFailures.IsExpected(e))
        {
            throw Failed($"{where}: {e.Message}", e);
        }
    }

    private static async Task<long> FromLogicalAsync(
        StoredObject entry, IObjectReader reader, KeyRestorer restorer, RedisProgress progress, CancellationToken cancellationToken)
    {
        await using var stream = await reader.OpenAsync(entry, cancellationToken);
        var snapshot = new LogicalSnapshotReader(stream);
        await snapshot.ReadHeaderAsync(cancellationToken);
        while (await snapshot.ReadAsync(cancellationToken) is { } record)
        {
            await restorer.AddAsync(record, cancellationToken);
            progress.Report(snapshot.Records, snapshot.Bytes);
        }

        await restorer.FlushAsync(cancellationToken);
        return snapshot.Bytes;
    }

    private static async Task RefuseNonEmptyAsync(IConnectionMultiplexer redis, string where, bool clean, CancellationToken cancellationToken)
    {
        var keyspace = await KeyspaceAsync(redis, cancellationToken);
        if (keyspace.Count > 0 && !clean)
        {
            var held = string.Join(", ", keyspace.Select(db => $"db{db.Key}: {db.Value} keys"));
            throw Failed($"the target {where} is not empty ({held}); restore with clean to replace the keys the backup holds (others are kept)");
        }
    }

    private static async Task<SortedDictionary<int, long>> KeyspaceAsync(IConnectionMultiplexer redis, CancellationToken cancellationToken) =>
        RedisInfo.Keyspace((string?)await redis.GetDatabase().ExecuteAsync("INFO", "keyspace").WaitAsync(cancellationToken));

    private static string Summary(KeyRestorer restorer)
    {
        var into = restorer.Databases.Count > 0 ? $" into db {string.Join(", ", restorer.Databases)}" : "";
        var summary = string.Create(CultureInfo.InvariantCulture, $"{restorer.Restored:N0} keys restored{into}");
        return restorer.Expired > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{summary}; {restorer.Expired:N0} skipped as expired")
            : summary;
    }

    private static SourceFailedException Failed(string message, Exception? cause = null) => new(RedisSource.SourceName, message, cause);
}
