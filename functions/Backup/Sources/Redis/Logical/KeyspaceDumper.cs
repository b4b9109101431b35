using System.Runtime.CompilerServices;
using StackExchange.Redis;

namespace Functions.Backup.Sources.Redis.Logical;

/// <summary>
/// Reads a database as logical records: SCAN, drop the keys SCAN repeats, then DUMP + PTTL for a batch of keys at a
/// time, pipelined. Memory is one batch of values and the digests of the keys seen.
/// </summary>
/// <param name="redis">The server to read.</param>
/// <param name="time">The clock that turns PTTL into an absolute expiry.</param>
/// <param name="batchSize">Keys per pipelined batch.</param>
internal sealed class KeyspaceDumper(IConnectionMultiplexer redis, TimeProvider time, int batchSize)
{
    /// <summary>Keys SCAN returned that were gone (expired or deleted) by the time they were dumped.</summary>
    public long Vanished { get; private set; }

    /// <summary>Reads one database.</summary>
    /// <param name="database">Its number.</param>
    /// <param name="expectedKeys">About how many keys it holds (INFO keyspace), to size the set of keys seen.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>Its keys, a batch at a time.</returns>
    public async IAsyncEnumerable<IReadOnlyList<LogicalRecord>> DumpAsync(
        int database, long expectedKeys, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase(database);
        var seen = new KeyDigestSet(expectedKeys);
        var batch = new List<RedisKey>(batchSize);
        long cursor = 0;
        do
        {
            var page = (RedisResult[])(await db.ExecuteAsync("SCAN", [cursor, "COUNT", batchSize]).WaitAsync(cancellationToken))!;
            cursor = (long)page[0];
            foreach (var key in (RedisKey[])page[1]!)
            {
                if (!seen.Add((byte[])key!))
                {
                    continue;
                }

                batch.Add(key);
                if (batch.Count == batchSize)
                {
                    yield return await DumpBatchAsync(database, batch, cancellationToken);
                    batch.Clear();
                }
            }
        }
        while (cursor != 0);

        if (batch.Count > 0)
        {
            yield return await DumpBatchAsync(database, batch, cancellationToken);
        }
    }

    /// <summary>Dumps some keys in one round trip, skipping those that no longer exist.</summary>
    /// <param name="database">Their database.</param>
    /// <param name="keys">The keys.</param>
    /// <param name="cancellationToken">Cancels waiting for the replies.</param>
    /// <returns>The records of the keys that still exist.</returns>
    public async Task<IReadOnlyList<LogicalRecord>> DumpBatchAsync(int database, IReadOnlyList<RedisKey> keys, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase(database);
        var dumps = new Task<byte[]?>[keys.Count];
        var ttls = new Task<RedisResult>[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            dumps[i] = db.KeyDumpAsync(keys[i]);
            ttls[i] = db.ExecuteAsync("PTTL", [keys[i]]);
        }

        await Task.WhenAll(Task.WhenAll(dumps), Task.WhenAll(ttls)).WaitAsync(cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var records = new List<LogicalRecord>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            // DUMP nil: gone before DUMP. PTTL -2: gone between DUMP and PTTL, so the value is stale too.
            var payload = await dumps[i];
            var ttl = (long)await ttls[i];
            if (payload is null || ttl == -2)
            {
                Vanished++;
                continue;
            }

            records.Add(new LogicalRecord(database, (byte[])keys[i]!, ttl < 0 ? LogicalFormat.NoExpiry : now + ttl, payload));
        }

        return records;
    }
}
