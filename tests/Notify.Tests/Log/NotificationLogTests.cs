using System.Globalization;
using Functions.State.Postgres;
using Functions.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Functions.Notify.Tests.Log;

/// <summary>The log on a real PostgreSQL (DATABASE_URL), each test in a scratch database of its own.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class NotificationLogTests
{
    private static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(2);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task TryClaim_TenConcurrentCallers_ExactlyOneWins()
    {
        await using var databases = new ScratchDatabases();
        await using var dataSource = await CreateAsync(databases, "claims");
        var time = NewTime();
        // Ten logs on one database: ten cold instances, each creating the schema lazily at the same moment.
        var logs = Enumerable.Range(0, 10).Select(_ => new NotificationLog(dataSource, time)).ToArray();

        var claims = await Task.WhenAll(logs.Select(log => log.TryClaimAsync("ops", "group-1", "h1", ClaimTimeout, "CPU high", TestContext.CancellationToken)));

        Assert.ContainsSingle(c => c, claims);
    }

    [TestMethod]
    public async Task TryClaim_AfterFailed_ReclaimableAndAfterSent_NotAgain()
    {
        await using var databases = new ScratchDatabases();
        await using var dataSource = await CreateAsync(databases, "failed");
        var log = new NotificationLog(dataSource, NewTime());
        var ct = TestContext.CancellationToken;

        Assert.IsTrue(await log.TryClaimAsync("ops", "g", "h1", ClaimTimeout, "t", ct));
        Assert.IsFalse(await log.TryClaimAsync("ops", "g", "h1", ClaimTimeout, "t", ct), "held while sending");
        await log.MarkFailedAsync("ops", "g", "h1", "HTTP 500", ct);
        Assert.IsTrue(await log.TryClaimAsync("ops", "g", "h1", ClaimTimeout, "t", ct), "a failure is retried");
        await log.MarkSentAsync("ops", "g", "h1", ct);
        Assert.IsFalse(await log.TryClaimAsync("ops", "g", "h1", ClaimTimeout, "t", ct), "sent is final");
        Assert.IsTrue(await log.TryClaimAsync("ops", "g", "h2", ClaimTimeout, "t", ct), "a new state is a new notification");
        Assert.IsTrue(await log.TryClaimAsync("other", "g", "h1", ClaimTimeout, "t", ct), "per receiver");

        var row = (await log.RecentAsync(10, ct)).Single(r => r.Receiver == "ops" && r.StateHash == "h1");
        Assert.AreEqual("sent", row.Status);
        Assert.AreEqual(2, row.Attempts);
        Assert.IsNull(row.Error);
        Assert.IsNotNull(row.SentAt);
    }

    [TestMethod]
    public async Task TryClaim_StaleSending_ReclaimableOnlyAfterTheTimeout()
    {
        await using var databases = new ScratchDatabases();
        await using var dataSource = await CreateAsync(databases, "stale");
        var time = NewTime();
        var log = new NotificationLog(dataSource, time);
        var ct = TestContext.CancellationToken;
        Assert.IsTrue(await log.TryClaimAsync("ops", "g", "h", ClaimTimeout, "t", ct));

        time.Advance(ClaimTimeout - TimeSpan.FromSeconds(1));
        var early = await log.TryClaimAsync("ops", "g", "h", ClaimTimeout, "t", ct);
        time.Advance(TimeSpan.FromSeconds(2));
        var late = await log.TryClaimAsync("ops", "g", "h", ClaimTimeout, "t", ct);

        Assert.IsFalse(early);
        Assert.IsTrue(late, "the instance that claimed it died mid-send");
    }

    [TestMethod]
    public async Task MarkFailed_AfterAnotherSenderMarkedSent_KeepsSent()
    {
        await using var databases = new ScratchDatabases();
        await using var dataSource = await CreateAsync(databases, "downgrade");
        var log = new NotificationLog(dataSource, NewTime());
        var ct = TestContext.CancellationToken;
        await log.TryClaimAsync("ops", "g", "h", ClaimTimeout, "t", ct);
        await log.MarkSentAsync("ops", "g", "h", ct);

        await log.MarkFailedAsync("ops", "g", "h", "late timeout", ct);

        var row = (await log.RecentAsync(1, ct)).Single();
        Assert.AreEqual("sent", row.Status);
    }

    [TestMethod]
    public async Task Recent_NewestFirstWithErrors()
    {
        await using var databases = new ScratchDatabases();
        await using var dataSource = await CreateAsync(databases, "recent");
        var time = NewTime();
        var log = new NotificationLog(dataSource, time);
        var ct = TestContext.CancellationToken;
        await log.TryClaimAsync("ops", "g", "h1", ClaimTimeout, "first", ct);
        await log.MarkFailedAsync("ops", "g", "h1", "WeCom error 93000: invalid webhook url", ct);
        time.Advance(TimeSpan.FromSeconds(5));
        await log.TryClaimAsync("ops", "g", "h2", ClaimTimeout, "second", ct);

        var rows = await log.RecentAsync(5, ct);

        Assert.AreSequenceEqual(new[] { "second", "first" }, rows.Select(r => r.Title).ToArray());
        Assert.AreEqual("sending", rows[0].Status);
        Assert.AreEqual("failed", rows[1].Status);
        Assert.AreEqual("WeCom error 93000: invalid webhook url", rows[1].Error);
    }

    internal static FakeTimeProvider NewTime() => new(DateTimeOffset.Parse("2025-03-01T10:00:00Z", CultureInfo.InvariantCulture));

    internal static async Task<NpgsqlDataSource> CreateAsync(ScratchDatabases databases, string label) =>
        NpgsqlDataSource.Create(PostgresUrl.Parse(await databases.CreateAsync(label, CancellationToken.None)).ConnectionString);
}
