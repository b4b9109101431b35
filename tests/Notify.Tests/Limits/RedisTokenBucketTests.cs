using Functions.State.Redis;
using Functions.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Functions.Notify.Tests.Limits;

/// <summary>The buckets on a real Redis (REDIS_URL); each test uses its own receiver name, so tests do not share buckets.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class RedisTokenBucketTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task TryTake_50ParallelOnA20PerMinuteBucket_GrantsExactly20()
    {
        await using var redis = Connect();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var buckets = Enumerable.Range(0, 5).Select(_ => new RedisTokenBucket(redis, time)).ToArray();
        var name = Unique();

        var granted = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => buckets[i % 5].TryTakeAsync(name, ReceiverRateLimit.DingTalk, 1, TestContext.CancellationToken)));

        Assert.AreEqual(20, granted.Sum());
    }

    [TestMethod]
    public async Task TryTake_RefillsEvenlyOverThePeriod_NeverAboveCapacity()
    {
        await using var redis = Connect();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var bucket = new RedisTokenBucket(redis, time);
        var name = Unique();
        var limit = ReceiverRateLimit.WeCom;

        var first = await bucket.TryTakeAsync(name, limit, 25, TestContext.CancellationToken);
        var empty = await bucket.TryTakeAsync(name, limit, 1, TestContext.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(7));
        var afterSeven = await bucket.TryTakeAsync(name, limit, 5, TestContext.CancellationToken);
        time.Advance(TimeSpan.FromMinutes(10));
        var afterLong = await bucket.TryTakeAsync(name, limit, 50, TestContext.CancellationToken);

        Assert.AreEqual(20, first, "a new bucket is full");
        Assert.AreEqual(0, empty);
        Assert.AreEqual(2, afterSeven, "one token every 3 s");
        Assert.AreEqual(20, afterLong, "capped at the capacity, however long it waited");
    }

    [TestMethod]
    public async Task TryTake_FeishuBothWindows_FivePerSecondAndAHundredPerMinute()
    {
        await using var redis = Connect();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var bucket = new RedisTokenBucket(redis, time);
        var name = Unique();
        var total = 0;

        var burst = await bucket.TryTakeAsync(name, ReceiverRateLimit.Feishu, 10, TestContext.CancellationToken);
        for (var second = 0; second < 30; second++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            total += await bucket.TryTakeAsync(name, ReceiverRateLimit.Feishu, 10, TestContext.CancellationToken);
        }

        Assert.AreEqual(5, burst, "the 5/s window holds back a burst the 100/min window would allow");
        // 31 s allow 100 + 31 × 100/60 ≈ 151.7 by the minute window: 5 + 145 = 150 whole messages (computed step by step).
        Assert.AreEqual(145, total, "once the per-minute bucket is empty, its refill (100/60 a second) is the limit");
    }

    [TestMethod]
    public async Task TryTake_Unlimited_GrantsAllWithoutRedis()
    {
        await using var redis = new RedisConnection(RedisUrl.Parse("redis://127.0.0.1:1"));
        var bucket = new RedisTokenBucket(redis, TimeProvider.System);

        Assert.AreEqual(9, await bucket.TryTakeAsync("webhook", ReceiverRateLimit.Unlimited, 9, TestContext.CancellationToken));
    }

    internal static RedisConnection Connect() => new(RedisUrl.Parse(TestEnvironment.RequireVariable("REDIS_URL")));

    private static string Unique() => $"test-{Guid.NewGuid():N}";
}
