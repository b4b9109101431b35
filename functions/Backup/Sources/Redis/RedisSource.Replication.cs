using Functions.Backup.Pipeline;
using Functions.Backup.Sources.Redis.Protocol;
using Functions.Backup.Sources.Redis.Rdb;

namespace Functions.Backup.Sources.Redis;

/// <summary>The RDB through replication.</summary>
internal sealed partial class RedisSource
{
    /// <summary>The RDB's object name.</summary>
    public const string RdbObjectName = "dump.rdb";

    // A refusal comes back as the reason, before any object is written, so auto mode can switch without a failed write.
    private async Task<(SourceReport? Report, string? Refusal)> ReplicationAsync(ISourceWriter writer, CancellationToken cancellationToken)
    {
        await using var client = await RespClient.ConnectAsync(options.Connection, time, options.IdleTimeout, cancellationToken);
        var version = RedisInfo.Field(await client.ExecuteAsync(["INFO", "server"], cancellationToken), "redis_version");
        var keyspace = RedisInfo.Keyspace(await client.ExecuteAsync(["INFO", "keyspace"], cancellationToken));
        RdbOffer offer;
        try
        {
            offer = await RdbReplication.RequestAsync(client, cancellationToken);
        }
        catch (RedisReplyException e) when (e.IsRefusal)
        {
            return (null, e.Message);
        }

        if (offer.RdbOnlyRefusal is { } rdbOnlyRefusal)
        {
            logger.RdbOnlyRefused(_target, rdbOnlyRefusal);
        }

        logger.RdbOffered(_target, offer.Transfer);
        var progress = new RedisProgress($"RDB transfer from {_target}", countsKeys: false, time, logger);
        RdbSink? sink = null;
        var stored = await writer.WriteAsync(RdbObjectName, ObjectFormat.RedisRdb, async (stream, token) =>
        {
            sink = new RdbSink(stream, bytes => progress.Report(0, bytes));
            await RdbReceiver.CopyAsync(client.ReadAsync, offer, sink, token);
        }, cancellationToken);
        progress.Done();

        var reason = options.Mode == RedisSnapshotMode.Rdb ? "rdb mode requested" : "auto: the server accepted SYNC";
        return (Report("rdb-replication", reason, stored, new Dictionary<string, string>
        {
            ["redis_version"] = version ?? "unknown",
            ["rdb_version"] = sink!.Version!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["transfer"] = offer.Transfer,
            ["rdb_only"] = offer.RdbOnlyRefusal is null ? "yes" : $"refused: {offer.RdbOnlyRefusal}",
            ["dbs"] = string.Join(",", keyspace.Keys),
        }), null);
    }
}
