using Functions.Autoscaler.Policy;
using Functions.Autoscaler.State;
using Functions.Autoscaler.Tests.Policy;
using Functions.TestSupport;
using Npgsql;

namespace Functions.Autoscaler.Tests.State;

/// <summary>The audit on a real PostgreSQL: history is read back from recorded decisions, pins and alarm ids persist.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class DecisionStoreTests
{
    private static readonly DateTimeOffset Now = Scenario.Now;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task LoadHistory_ReturnsRecommendationsAndAppliedChangesWithinTheHorizon()
    {
        await using var databases = new ScratchDatabases();
        await using var dataSource = NpgsqlDataSource.Create(PostgresConnectionString(databases, await databases.CreateAsync("store", TestContext.CancellationToken)));
        var store = new DecisionStore(dataSource);
        await RecordAsync(store, "api", secondsAgo: 900, current: 2, desired: 3, applied: true);
        await RecordAsync(store, "api", secondsAgo: 200, current: 3, desired: 5, applied: true, alarmId: "alarm-1");
        await RecordAsync(store, "api", secondsAgo: 100, current: 5, desired: 4, applied: false);
        await RecordAsync(store, "web", secondsAgo: 50, current: 1, desired: 2, applied: true);

        var history = await store.LoadHistoryAsync("api", Now, TimeSpan.FromMinutes(10), TestContext.CancellationToken);

        Assert.AreSequenceEqual(new[] { 5, 4 }, history.Recommendations.Select(r => r.Instances).ToArray(), "the 900 s old one is past the horizon; 'web' is another service");
        Assert.HasCount(1, history.Events, "only applied changes are events");
        Assert.AreEqual(new ScaleEvent(Now.AddSeconds(-200), 3, 5, ScaleTrigger.Alarm), history.Events[0]);
        Assert.Contains("alarm-1", history.TakenAlarmIds);
    }

    [TestMethod]
    public async Task Pins_AreSetReplacedAndCleared()
    {
        await using var databases = new ScratchDatabases();
        await using var dataSource = NpgsqlDataSource.Create(PostgresConnectionString(databases, await databases.CreateAsync("pins", TestContext.CancellationToken)));
        var store = new DecisionStore(dataSource);

        await store.SetPinAsync("api", new Pin(4, Now.AddHours(1), "launch"), Now, TestContext.CancellationToken);
        await store.SetPinAsync("api", new Pin(6, Now.AddHours(2), null), Now, TestContext.CancellationToken);
        var pinned = await store.LoadHistoryAsync("api", Now, TimeSpan.FromMinutes(5), TestContext.CancellationToken);
        var cleared = await store.ClearPinAsync("api", TestContext.CancellationToken);
        var after = await store.LoadHistoryAsync("api", Now, TimeSpan.FromMinutes(5), TestContext.CancellationToken);

        Assert.AreEqual(new Pin(6, Now.AddHours(2), null), pinned.Pin);
        Assert.IsTrue(cleared);
        Assert.IsNull(after.Pin);
        Assert.IsFalse(await store.ClearPinAsync("api", TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Record_KeepsTheCompleteInputs_SoGetGivesThemBack()
    {
        await using var databases = new ScratchDatabases();
        await using var dataSource = NpgsqlDataSource.Create(PostgresConnectionString(databases, await databases.CreateAsync("replay", TestContext.CancellationToken)));
        var store = new DecisionStore(dataSource);
        var inputs = Scenario.Inputs(ScalingPolicy.Default, 3, ("cpu", 91), ("memory", null), ("requests", 420)) with
        {
            Recommendations = [Scenario.Recommended(100, 5)],
            Events = [Scenario.Event(400, 2, 3)],
            Alarm = new AlarmRequest("a-9", ScaleDirection.Up, "p99 latency"),
        };
        var decision = ScalingEngine.Decide(inputs);

        var id = await store.RecordAsync("api", inputs, decision, applied: true, dryRun: false, error: null, TestContext.CancellationToken);
        var recorded = await store.GetAsync(id, TestContext.CancellationToken);
        var recent = await store.RecentAsync("api", 5, TestContext.CancellationToken);

        Assert.IsNotNull(recorded);
        Assert.AreEqual(3, recorded.Value.Inputs.CurrentInstances);
        Assert.AreEqual("no samples", recorded.Value.Inputs.Metrics![1].Problem);
        Assert.AreEqual("a-9", recorded.Value.Inputs.Alarm!.AlarmId);
        Assert.AreEqual(300, recorded.Value.Inputs.Policy!.ScaleUp!.CooldownSeconds);
        Assert.AreEqual(decision.Reason, recorded.Value.Decision.Reason);
        Assert.AreEqual(id, recent.Single().Id);
        Assert.IsNull(await store.GetAsync(id + 1000, TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Prune_DeletesOnlyOlderDecisions()
    {
        await using var databases = new ScratchDatabases();
        await using var dataSource = NpgsqlDataSource.Create(PostgresConnectionString(databases, await databases.CreateAsync("prune", TestContext.CancellationToken)));
        var store = new DecisionStore(dataSource);
        await RecordAsync(store, "api", secondsAgo: 86400 * 40, current: 1, desired: 2, applied: true);
        await RecordAsync(store, "api", secondsAgo: 60, current: 2, desired: 2, applied: false);

        var deleted = await store.PruneAsync(Now.AddDays(-30), TestContext.CancellationToken);

        Assert.AreEqual(1, deleted);
        Assert.HasCount(1, await store.RecentAsync("api", 10, TestContext.CancellationToken));
    }

    internal static string PostgresConnectionString(ScratchDatabases databases, string url) =>
        Functions.State.Postgres.PostgresUrl.Parse(url).ConnectionString;

    private async Task RecordAsync(DecisionStore store, string service, int secondsAgo, int current, int desired, bool applied, string? alarmId = null)
    {
        var at = Now.AddSeconds(-secondsAgo);
        var inputs = Scenario.Inputs(ScalingPolicy.Default, current, ("requests", desired * 100.0)) with
        {
            Now = at,
            Alarm = alarmId is null ? null : new AlarmRequest(alarmId, ScaleDirection.Up, null),
        };
        var decision = new ScalingDecision(at, current, desired, alarmId is null ? ScaleTrigger.Metrics : ScaleTrigger.Alarm, desired, desired, [], [], "test");
        await store.RecordAsync(service, inputs, decision, applied, dryRun: false, error: null, TestContext.CancellationToken);
    }
}
