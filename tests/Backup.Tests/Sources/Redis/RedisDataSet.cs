using System.Text;
using StackExchange.Redis;

namespace Functions.Backup.Tests.Sources.Redis;

/// <summary>
/// Every Redis data type in its several encodings, across two databases, some keys with TTLs; and the comparison of
/// two servers key by key (type, encoding, value, TTL). Values are compared by content, not DUMP bytes: a hashtable's
/// DUMP lists its entries in bucket order, which a restored copy need not share.
/// </summary>
internal static class RedisDataSet
{
    public static readonly int[] Databases = [0, 3];

    public static async Task PopulateAsync(RedisTestServer server)
    {
        var db = await server.DatabaseAsync(0);
        await db.StringSetAsync("str:plain", "hello");
        await db.StringSetAsync("str:int", 1234567);
        await db.StringSetAsync("str:large", Enumerable.Range(0, 1 << 20).Select(i => (byte)(i * 31 % 251)).ToArray());
        await db.StringSetAsync("str:ttl", "short-lived", TimeSpan.FromHours(1));
        await db.StringSetAsync(new byte[] { 0xFF, 0x00, 0xFE, (byte)'k' }, "a key that is not UTF-8");
        await db.StringSetAsync(Encoding.UTF8.GetBytes("键:ключ"), "a UTF-8 key");
        await db.ListRightPushAsync("list", Enumerable.Range(0, 300).Select(i => (RedisValue)$"item-{i}").ToArray());
        await db.HashSetAsync("hash:small", [new("a", "1"), new("b", "2"), new("c", "3")]);
        await db.HashSetAsync("hash:big", Enumerable.Range(0, 1000).Select(i => new HashEntry($"field-{i}", $"value-{i}")).ToArray());
        await db.KeyExpireAsync("hash:big", TimeSpan.FromHours(2));
        await db.SetAddAsync("set:int", Enumerable.Range(0, 100).Select(i => (RedisValue)i).ToArray());
        await db.SetAddAsync("set:big", Enumerable.Range(0, 300).Select(i => (RedisValue)$"member-{i}").ToArray());
        await db.SortedSetAddAsync("zset", Enumerable.Range(0, 200).Select(i => new SortedSetEntry($"m-{i}", i * 1.5)).ToArray());
        for (var i = 0; i < 20; i++)
        {
            await db.StreamAddAsync("stream", [new("n", i), new("text", $"event {i}")]);
        }

        await db.StreamCreateConsumerGroupAsync("stream", "workers", "0");
        await db.StreamReadGroupAsync("stream", "workers", "worker-1", ">", 5);
        await db.HyperLogLogAddAsync("hll", Enumerable.Range(0, 2000).Select(i => (RedisValue)$"visitor-{i}").ToArray());
        foreach (var bit in new[] { 1, 7, 100, 4096, 100_000 })
        {
            await db.StringSetBitAsync("bitmap", bit, true);
        }

        await db.StringSetAsync("shared", "in db 0");

        var other = await server.DatabaseAsync(3);
        await other.StringSetAsync("shared", "in db 3");
        await other.ListRightPushAsync("db3:list", ["x", "y"]);
        await other.KeyExpireAsync("db3:list", TimeSpan.FromMinutes(30));
        await other.SortedSetAddAsync("db3:zset", "only", 1);
    }

    /// <summary>Asserts that the target holds exactly the source's keys, each with the same type, encoding, value and TTL (within a tolerance).</summary>
    public static async Task AssertSameAsync(RedisTestServer source, RedisTestServer target)
    {
        foreach (var database in Databases)
        {
            var from = await source.DatabaseAsync(database);
            var to = await target.DatabaseAsync(database);
            var keys = await KeysAsync(from);
            Assert.AreSequenceEqual(keys, await KeysAsync(to), $"keys of db {database}");
            foreach (var key in keys.Select(hex => (RedisKey)Convert.FromHexString(hex)))
            {
                Assert.AreEqual(await ContentAsync(from, key), await ContentAsync(to, key), $"{key} in db {database}");
                var (expected, actual) = ((long)await from.ExecuteAsync("PTTL", key), (long)await to.ExecuteAsync("PTTL", key));
                if (expected < 0)
                {
                    Assert.AreEqual(-1, actual, $"{key} has no TTL");
                }
                else
                {
                    Assert.IsLessThan(10_000, Math.Abs(expected - actual), $"TTL of {key}: {expected} ms vs {actual} ms");
                }
            }
        }
    }

    private static async Task<string> ContentAsync(IDatabase db, RedisKey key)
    {
        var type = await db.KeyTypeAsync(key);
        var encoding = (string?)await db.ExecuteAsync("OBJECT", "ENCODING", key);
        var value = type switch
        {
            RedisType.String => Convert.ToHexString((byte[])(await db.StringGetAsync(key))!),
            RedisType.List => string.Join("|", await db.ListRangeAsync(key)),
            RedisType.Hash => string.Join("|", (await db.HashGetAllAsync(key)).Select(e => $"{e.Name}={e.Value}").Order(StringComparer.Ordinal)),
            RedisType.Set => string.Join("|", (await db.SetMembersAsync(key)).Select(m => (string)m!).Order(StringComparer.Ordinal)),
            RedisType.SortedSet => string.Join("|", (await db.SortedSetRangeByRankWithScoresAsync(key)).Select(e => $"{e.Element}:{e.Score}")),
            RedisType.Stream => await StreamContentAsync(db, key),
            _ => throw new InvalidOperationException($"no comparison for {type}"),
        };
        return $"{type} ({encoding}): {value}";
    }

    private static async Task<string> StreamContentAsync(IDatabase db, RedisKey key)
    {
        var entries = (await db.StreamRangeAsync(key)).Select(e => $"{e.Id}[{string.Join(",", e.Values.Select(v => $"{v.Name}={v.Value}"))}]");
        var groups = await db.StreamGroupInfoAsync(key);
        var pending = await Task.WhenAll(groups.Select(async g =>
            $"{g.Name}:{g.LastDeliveredId}:{g.ConsumerCount}:{(await db.StreamPendingAsync(key, g.Name)).PendingMessageCount}"));
        return $"{string.Join("|", entries)} groups {string.Join("|", pending)}";
    }

    /// <summary>Every key of a database, as hex (keys are bytes, not text).</summary>
    public static async Task<List<string>> KeysAsync(IDatabase db)
    {
        var keys = new HashSet<string>();
        long cursor = 0;
        do
        {
            var page = (RedisResult[])(await db.ExecuteAsync("SCAN", cursor, "COUNT", 1000))!;
            cursor = (long)page[0];
            keys.UnionWith(((RedisKey[])page[1]!).Select(key => Convert.ToHexString((byte[])key!)));
        }
        while (cursor != 0);

        return [.. keys.Order(StringComparer.Ordinal)];
    }
}
