using Functions.TestSupport.Robots;
using System.Collections.Concurrent;
using Functions.Notify.Tests.Limits;
using Functions.Notify.Tests.Log;
using Functions.State.Redis;
using Functions.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Functions.Notify.Tests.EndToEnd;

/// <summary>
/// The whole path on real HTTP robots (loopback), PostgreSQL and Redis: claim, rate limit, sign, send, record.
/// Each test has its own scratch database and receiver names, so buckets and rows are its own.
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class NotifierTests
{
    private static readonly Notification Cpu = new("CPU high", "cpu **95%** on api-1", NotificationStatus.Firing, new Uri("https://grafana.example/d/1"));

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Notify_EachKind_DeliveredWithValidSignatures()
    {
        await using var h = await Harness.StartAsync(TestContext);

        var results = new[]
        {
            await h.NotifyAsync(h.Robots.WeCom(h.Name("wecom"), "zhangsan"), Cpu, "h1"),
            await h.NotifyAsync(h.Robots.DingTalk(h.Name("ding")), Cpu, "h1"),
            await h.NotifyAsync(h.Robots.Feishu(h.Name("feishu")), Cpu, "h1"),
            await h.NotifyAsync(h.Robots.Webhook(h.Name("hook")), Cpu, "h1"),
        };

        Assert.IsTrue(results.All(r => r.Status == NotifyStatus.Sent), string.Join(", ", results.Select(r => $"{r.Status} {r.Reason}")));
        Assert.AreSequenceEqual(new[] { "wecom", "dingtalk", "feishu", "webhook" }, h.Robots.Accepted.Select(a => a.Robot).ToArray());
        Assert.IsEmpty(h.Robots.Rejected);
    }

    [TestMethod]
    public async Task Notify_WrongSigningSecret_RejectedWithThePlatformsCodeAsPermanent()
    {
        await using var h = await Harness.StartAsync(TestContext);

        var ding = await h.NotifyAsync(h.Robots.DingTalk(h.Name("ding"), secret: "SECwrong-secret-000"), Cpu, "h1");
        var feishu = await h.NotifyAsync(h.Robots.Feishu(h.Name("feishu"), secret: "wrong-secret-111"), Cpu, "h1");

        Assert.AreEqual(NotifyStatus.Failed, ding.Status);
        Assert.IsFalse(ding.Retryable);
        Assert.Contains("310000", ding.Reason!);
        Assert.AreEqual(NotifyStatus.Failed, feishu.Status);
        Assert.IsFalse(feishu.Retryable);
        Assert.Contains("19021", feishu.Reason!);
        Assert.IsEmpty(h.Robots.Accepted);
        Assert.DoesNotContain("SECwrong-secret-000", ding.Reason!);
    }

    [TestMethod]
    public async Task Notify_FailsOnceWith500ThenSucceeds_DeliveredExactlyOnceAcrossAttempts()
    {
        await using var h = await Harness.StartAsync(TestContext);
        var receiver = h.Robots.DingTalk(h.Name("ding"));
        h.Robots.FailNext = 1;

        var first = await h.NotifyAsync(receiver, Cpu, "h1");
        var second = await h.NotifyAsync(receiver, Cpu, "h1");
        var third = await h.NotifyAsync(receiver, Cpu, "h1");

        Assert.AreEqual(NotifyStatus.Failed, first.Status);
        Assert.IsTrue(first.Retryable);
        Assert.AreEqual(NotifyStatus.Sent, second.Status);
        Assert.AreEqual(NotifyStatus.AlreadySent, third.Status);
        Assert.HasCount(1, h.Robots.Accepted);
        var row = (await h.Log.RecentAsync(5, TestContext.CancellationToken)).Single();
        Assert.AreEqual(("sent", 2), (row.Status, row.Attempts));
    }

    [TestMethod]
    public async Task Notify_SameStateFromConcurrentInvocations_SentOnce()
    {
        await using var h = await Harness.StartAsync(TestContext);
        var receiver = h.Robots.Feishu(h.Name("feishu"));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => h.NotifyAsync(receiver, Cpu, "h1")));
        var changed = await h.NotifyAsync(receiver, Cpu with { Status = NotificationStatus.Resolved }, "h2");

        Assert.ContainsSingle(r => r.Status == NotifyStatus.Sent, results);
        Assert.AreEqual(7, results.Count(r => r.Status == NotifyStatus.AlreadySent));
        Assert.AreEqual(NotifyStatus.Sent, changed.Status, "a new state hash is a new notification");
        Assert.HasCount(2, h.Robots.Accepted);
    }

    [TestMethod]
    public async Task Notify_ResolvedToAReceiverWithoutSendResolved_Skipped()
    {
        await using var h = await Harness.StartAsync(TestContext);
        var receiver = h.Robots.WeCom(h.Name("wecom")) with { SendResolved = false };

        var result = await h.NotifyAsync(receiver, Cpu with { Status = NotificationStatus.Resolved }, "h1");

        Assert.AreEqual(NotifyStatus.Skipped, result.Status);
        Assert.IsEmpty(h.Robots.Accepted);
        Assert.IsEmpty(await h.Log.RecentAsync(5, TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Notify_OverTheBucket_RateLimitedAndReleasedForALaterFlush()
    {
        await using var h = await Harness.StartAsync(TestContext);
        var receiver = h.Robots.Webhook(h.Name("hook")) with { RateLimit = ReceiverRateLimit.PerPeriod(2, TimeSpan.FromMinutes(1)) };

        var sent = new[] { await h.NotifyAsync(receiver, Cpu, "a"), await h.NotifyAsync(receiver, Cpu, "b") };
        var limited = await h.NotifyAsync(receiver, Cpu, "c");
        h.Time.Advance(TimeSpan.FromSeconds(30));
        var later = await h.NotifyAsync(receiver, Cpu, "c");

        Assert.IsTrue(sent.All(r => r.Status == NotifyStatus.Sent));
        Assert.AreEqual(NotifyStatus.RateLimited, limited.Status);
        Assert.AreEqual(TimeSpan.FromSeconds(30), limited.RetryAfter);
        Assert.AreEqual(NotifyStatus.Sent, later.Status, "the refused claim was released as failed");
        Assert.HasCount(3, h.Robots.Accepted);
    }

    [TestMethod]
    public async Task Notify_PlatformThrottles_RateLimitedWithThePlatformsWait()
    {
        await using var h = await Harness.StartAsync(TestContext);
        h.Robots.WeComErrorCode = 45009;

        var result = await h.NotifyAsync(h.Robots.WeCom(h.Name("wecom")), Cpu, "h1");

        Assert.AreEqual(NotifyStatus.RateLimited, result.Status);
        Assert.AreEqual(TimeSpan.FromMinutes(1), result.RetryAfter);
        Assert.AreEqual("failed", (await h.Log.RecentAsync(1, TestContext.CancellationToken)).Single().Status);
    }

    [TestMethod]
    public async Task SendDirect_BypassesTheLog()
    {
        await using var h = await Harness.StartAsync(TestContext);
        var receiver = h.Robots.WeCom(h.Name("wecom"));

        var first = await h.Notifier.SendDirectAsync(receiver, Cpu, TestContext.CancellationToken);
        var second = await h.Notifier.SendDirectAsync(receiver, Cpu, TestContext.CancellationToken);

        Assert.AreEqual((NotifyStatus.Sent, NotifyStatus.Sent), (first.Status, second.Status));
        Assert.HasCount(2, h.Robots.Accepted);
        Assert.IsEmpty(await h.Log.RecentAsync(5, TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Notify_Failures_NoSecretOrTokenInLogsOrReasons()
    {
        await using var h = await Harness.StartAsync(TestContext);
        var unreachable = new ReceiverSettings(h.Name("gone"), ReceiverKind.WeCom, new Uri($"http://127.0.0.1:1/cgi-bin/webhook/send?key={RobotEmulator.WeComKey}"), null, true, []);
        var wrongWebhook = h.Robots.Webhook(h.Name("hook")) with { Secret = "webhook-wrong-token-77" };
        h.Robots.FailNext = 1;

        var results = new[]
        {
            await h.NotifyAsync(unreachable, Cpu, "h1"),
            await h.NotifyAsync(h.Robots.DingTalk(h.Name("ding")), Cpu, "h1"),
            await h.NotifyAsync(h.Robots.DingTalk(h.Name("ding2"), secret: "SECwrong-secret-000"), Cpu, "h1"),
            await h.NotifyAsync(h.Robots.Feishu(h.Name("feishu"), secret: "feishu-wrong-secret"), Cpu, "h1"),
            await h.NotifyAsync(wrongWebhook, Cpu, "h1"),
        };
        var rows = await h.Log.RecentAsync(10, TestContext.CancellationToken);

        Assert.IsTrue(results.All(r => r.Status == NotifyStatus.Failed), string.Join(", ", results.Select(r => $"{r.Status} {r.Reason}")));
        var everything = string.Join('\n', h.Lines.Concat(results.Select(r => r.Reason!)).Concat(rows.Select(r => r.Error ?? string.Empty)));
        Assert.Contains("/cgi-bin/webhook/send", everything, "the redacted URL is there to say where");
        foreach (var secret in new[]
        {
            RobotEmulator.WeComKey, RobotEmulator.DingTalkToken, RobotEmulator.DingTalkSecret, RobotEmulator.FeishuToken,
            RobotEmulator.FeishuSecret, "SECwrong-secret-000", "feishu-wrong-secret", "webhook-wrong-token-77", "sign=", "timestamp=",
        })
        {
            Assert.DoesNotContain(secret, everything);
        }
    }

    private sealed class Harness : IAsyncDisposable
    {
        private readonly ScratchDatabases _databases;
        private readonly NpgsqlDataSource _dataSource;
        private readonly RedisConnection _redis;
        private readonly HttpClient _http = new();
        private readonly TestContext _context;
        private readonly string _prefix = Guid.NewGuid().ToString("N")[..8];

        private Harness(TestContext context, FakeTimeProvider time, ScratchDatabases databases, NpgsqlDataSource dataSource, RedisConnection redis, RobotEmulator robots)
        {
            Time = time;
            _context = context;
            _databases = databases;
            _dataSource = dataSource;
            _redis = redis;
            Robots = robots;
            Log = new NotificationLog(dataSource, Time);
            var sender = new NotificationSender(_http, Time, new RecordingLogger<NotificationSender>(Lines));
            Notifier = new Notifier(sender, new NotifyOptions(), new RecordingLogger<Notifier>(Lines), Log, new RedisTokenBucket(redis, Time));
        }

        public FakeTimeProvider Time { get; }

        public ConcurrentQueue<string> Lines { get; } = new();

        public RobotEmulator Robots { get; }

        public NotificationLog Log { get; }

        public Notifier Notifier { get; }

        public static async Task<Harness> StartAsync(TestContext context)
        {
            var redis = RedisTokenBucketTests.Connect();
            var databases = new ScratchDatabases();
            var dataSource = await NotificationLogTests.CreateAsync(databases, "notify");
            var time = NotificationLogTests.NewTime();
            return new Harness(context, time, databases, dataSource, redis, await RobotEmulator.StartAsync(time));
        }

        public string Name(string kind) => $"{kind}-{_prefix}";

        public Task<NotifyResult> NotifyAsync(ReceiverSettings receiver, Notification notification, string stateHash) =>
            Notifier.NotifyAsync(receiver, notification, "group-1", stateHash, _context.CancellationToken);

        public async ValueTask DisposeAsync()
        {
            await Robots.DisposeAsync();
            _http.Dispose();
            await _dataSource.DisposeAsync();
            await _databases.DisposeAsync();
            await _redis.DisposeAsync();
        }
    }
}
