using Functions.Autoscaler.State;
using Functions.State.Redis;
using Functions.TestSupport;
using Npgsql;

namespace Functions.Autoscaler.Tests.State;

/// <summary>Both leases on real servers: one holder at a time, released on dispose, never released by a former holder.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class ScalingLeaseTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task RedisLease_OneHolderAtATime_ReleasedOnDispose()
    {
        await using var redis = new RedisConnection(RedisUrl.Parse(TestEnvironment.RequireVariable("REDIS_URL")));
        var lease = new RedisScalingLease(redis);
        var service = $"lease-{Guid.NewGuid():N}";

        var first = await lease.TryAcquireAsync(service, TimeSpan.FromSeconds(30), TestContext.CancellationToken);
        var second = await lease.TryAcquireAsync(service, TimeSpan.FromSeconds(30), TestContext.CancellationToken);
        await first!.DisposeAsync();
        var third = await lease.TryAcquireAsync(service, TimeSpan.FromSeconds(30), TestContext.CancellationToken);

        Assert.IsNotNull(first);
        Assert.IsNull(second);
        Assert.IsNotNull(third);
        await third.DisposeAsync();
    }

    [TestMethod]
    public async Task RedisLease_ExpiredAndRetaken_IsNotReleasedByTheFormerHolder()
    {
        await using var redis = new RedisConnection(RedisUrl.Parse(TestEnvironment.RequireVariable("REDIS_URL")));
        var lease = new RedisScalingLease(redis);
        var service = $"lease-{Guid.NewGuid():N}";

        var stale = await lease.TryAcquireAsync(service, TimeSpan.FromMilliseconds(50), TestContext.CancellationToken);
        await Task.Delay(TimeSpan.FromMilliseconds(120), TestContext.CancellationToken);
        var current = await lease.TryAcquireAsync(service, TimeSpan.FromSeconds(30), TestContext.CancellationToken);
        await stale!.DisposeAsync();
        var intruder = await lease.TryAcquireAsync(service, TimeSpan.FromSeconds(30), TestContext.CancellationToken);

        Assert.IsNotNull(current);
        Assert.IsNull(intruder, "the former holder's release must not free the current holder's lease");
        await current.DisposeAsync();
    }

    [TestMethod]
    public async Task PostgresLease_OneHolderAtATime_ReleasedOnDispose()
    {
        await using var databases = new ScratchDatabases();
        var url = await databases.CreateAsync("lease", TestContext.CancellationToken);
        await using var dataSource = NpgsqlDataSource.Create(DecisionStoreTests.PostgresConnectionString(databases, url));
        var lease = new PostgresScalingLease(dataSource);

        var first = await lease.TryAcquireAsync("api", TimeSpan.FromSeconds(30), TestContext.CancellationToken);
        var second = await lease.TryAcquireAsync("api", TimeSpan.FromSeconds(30), TestContext.CancellationToken);
        var other = await lease.TryAcquireAsync("web", TimeSpan.FromSeconds(30), TestContext.CancellationToken);
        await first!.DisposeAsync();
        var third = await lease.TryAcquireAsync("api", TimeSpan.FromSeconds(30), TestContext.CancellationToken);

        Assert.IsNotNull(first);
        Assert.IsNull(second);
        Assert.IsNotNull(other, "another service has its own lease");
        Assert.IsNotNull(third);
        await other.DisposeAsync();
        await third.DisposeAsync();
    }
}
