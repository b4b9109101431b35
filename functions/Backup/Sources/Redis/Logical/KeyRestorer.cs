using System.Text;
using Functions.Backup.Pipeline;
using StackExchange.Redis;

namespace Functions.Backup.Sources.Redis.Logical;

/// <summary>
/// Writes records into a server with <c>RESTORE key ttl payload [REPLACE] ABSTTL</c>, a pipelined batch at a time,
/// into the database each came from. Keys whose absolute expiry has passed are skipped and counted.
/// </summary>
/// <param name="target">The server to restore into.</param>
/// <param name="replace">Whether an existing key of the same name is replaced; without it RESTORE fails with BUSYKEY.</param>
/// <param name="time">The clock that decides what has expired.</param>
/// <param name="batchSize">Keys per pipelined batch.</param>
internal sealed class KeyRestorer(IConnectionMultiplexer target, bool replace, TimeProvider time, int batchSize)
{
    private readonly List<LogicalRecord> _pending = new(batchSize);
    private readonly SortedSet<int> _databases = [];

    /// <summary>Keys restored.</summary>
    public long Restored { get; private set; }

    /// <summary>Keys skipped because they had expired.</summary>
    public long Expired { get; private set; }

    /// <summary>The databases restored into.</summary>
    public IReadOnlyCollection<int> Databases => _databases;

    /// <summary>Queues a record, sending the batch when it is full.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels waiting for the batch's replies.</param>
    /// <returns>A task that completes once the record is queued or its batch restored.</returns>
    public async Task AddAsync(LogicalRecord record, CancellationToken cancellationToken)
    {
        _pending.Add(record);
        if (_pending.Count >= batchSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>Restores what is queued.</summary>
    /// <param name="cancellationToken">Cancels waiting for the replies.</param>
    /// <returns>A task that completes once every queued key is restored.</returns>
    /// <exception cref="SourceFailedException">The server refused a key; the message names it and gives the server's reply.</exception>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var sent = new List<(LogicalRecord Record, Task<RedisResult> Reply)>(_pending.Count);
        foreach (var record in _pending)
        {
            if (record.ExpireAtMs != LogicalFormat.NoExpiry && record.ExpireAtMs <= now)
            {
                Expired++;
                continue;
            }

            // ttl 0 with ABSTTL: no expiry.
            List<object> arguments = [(RedisKey)record.Key, Math.Max(record.ExpireAtMs, 0), record.Payload];
            arguments.AddRange(replace ? ["REPLACE", "ABSTTL"] : ["ABSTTL"]);
            sent.Add((record, target.GetDatabase(record.Database).ExecuteAsync("RESTORE", arguments)));
            _databases.Add(record.Database);
        }

        _pending.Clear();
        foreach (var (record, reply) in sent)
        {
            try
            {
                await reply.WaitAsync(cancellationToken);
            }
            catch (RedisServerException e)
            {
                throw new SourceFailedException(RedisSource.SourceName,
                    $"RESTORE of key '{Printable(record.Key)}' in db {record.Database} failed: {e.Message}", e);
            }

            Restored++;
        }
    }

    private static string Printable(ReadOnlySpan<byte> key)
    {
        var text = Encoding.UTF8.GetString(key[..Math.Min(key.Length, 100)]);
        return key.Length > 100 ? text + "…" : text;
    }
}
