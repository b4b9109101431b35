using System.Globalization;
using Functions.Backup.Pipeline;
using Functions.Backup.Sources.Redis.Logical;
using Functions.Backup.Sources.Redis.Protocol;
using Functions.State.Redis;

namespace Functions.Backup.Sources.Redis;

/// <summary>The logical snapshot.</summary>
internal sealed partial class RedisSource
{
    /// <summary>The logical snapshot's object name.</summary>
    public const string LogicalObjectName = "keys.logical";

    private async Task<SourceReport> LogicalAsync(ISourceWriter writer, string reason, CancellationToken cancellationToken)
    {
        await using var connection = new RedisConnection(RedisConnectionOptions.ForBulk(options.Connection));
        var redis = await connection.GetAsync(cancellationToken);
        var admin = redis.GetDatabase();
        var version = RedisInfo.Field((string?)await admin.ExecuteAsync("INFO", "server").WaitAsync(cancellationToken), "redis_version");
        var keyspace = RedisInfo.Keyspace((string?)await admin.ExecuteAsync("INFO", "keyspace").WaitAsync(cancellationToken));
        var databases = keyspace.Keys.Append(options.Connection.DefaultDatabase ?? 0).Distinct().Order().ToList();

        var dumper = new KeyspaceDumper(redis, time, options.BatchSize);
        var progress = new RedisProgress($"logical snapshot of {_target}", countsKeys: true, time, logger);
        LogicalSnapshotWriter? snapshot = null;
        var stored = await writer.WriteAsync(LogicalObjectName, ObjectFormat.RedisLogical, async (stream, token) =>
        {
            snapshot = new LogicalSnapshotWriter(stream);
            await snapshot.WriteHeaderAsync(token);
            foreach (var database in databases)
            {
                await foreach (var batch in dumper.DumpAsync(database, keyspace.GetValueOrDefault(database), token))
                {
                    foreach (var record in batch)
                    {
                        await snapshot.WriteAsync(record, token);
                    }

                    progress.Report(snapshot.Records, snapshot.Bytes);
                }
            }

            await snapshot.CompleteAsync(token);
            progress.Report(snapshot.Records, snapshot.Bytes);
        }, cancellationToken);
        progress.Done();

        return Report("logical", reason, stored, new Dictionary<string, string>
        {
            ["redis_version"] = version ?? "unknown",
            ["format"] = LogicalFormat.Name,
            ["keys"] = snapshot!.Records.ToString(CultureInfo.InvariantCulture),
            ["vanished"] = dumper.Vanished.ToString(CultureInfo.InvariantCulture),
            ["dbs"] = string.Join(",", databases),
        });
    }
}
