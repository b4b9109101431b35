using Functions.AlertHandler.Alerts;
using Functions.AlertHandler.Grouping;
using Functions.AlertHandler.Routing;
using Microsoft.Extensions.Time.Testing;
using static Functions.AlertHandler.Tests.Routing.TestAlerts;

namespace Functions.AlertHandler.Tests.Grouping;

/// <summary>The scheduler as a table over time: group_wait 30s, group_interval 5m, repeat_interval 1h.</summary>
[TestClass]
public sealed class GroupSchedulerTests
{
    private static readonly GroupTimers Timers = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1));
    private static readonly GroupKey Key = GroupKey.For("0.1", GroupBy.By(["alertname"]), new Dictionary<string, string> { ["alertname"] = "HighCpu" });

    private readonly FakeTimeProvider _time = new(Epoch);
    private GroupState _state = GroupState.Open(Key, "oncall", Epoch);

    [TestMethod]
    public void Plan_BeforeGroupWait_IsNotDue_UntilGroupWaitAfterOpening()
    {
        Receive(Firing("a", "alertname=HighCpu"));
        _time.Advance(TimeSpan.FromSeconds(29));

        var plan = Plan(sendResolved: true);

        Assert.IsFalse(plan.IsDue);
        Assert.AreEqual(Epoch.AddSeconds(30), plan.NextDueAt);
        Assert.IsNull(plan.Notification);
    }

    [TestMethod]
    public void Plan_AtGroupWait_SendsNew_WithEveryAlertThatJoinedMeanwhile()
    {
        Receive(Firing("a", "alertname=HighCpu"));
        _time.Advance(TimeSpan.FromSeconds(10));
        Receive(Firing("b", "alertname=HighCpu"));
        _time.Advance(TimeSpan.FromSeconds(20));

        var notification = Flush(sendResolved: true);

        Assert.IsNotNull(notification);
        Assert.AreEqual(NotificationReason.New, notification.Reason);
        Assert.AreEqual("new", notification.ReasonText);
        Assert.AreSequenceEqual(new[] { "a", "b" }, notification.Firing.Select(a => a.Fingerprint).ToArray());
        Assert.AreEqual(Epoch.AddSeconds(30), _state.LastNotifiedAt);
    }

    [TestMethod]
    public void Plan_AlertStartedLongBeforeArriving_FlushesWithoutWaiting()
    {
        _time.Advance(TimeSpan.FromMinutes(10));
        _state = GroupState.Open(Key, "oncall", Now);
        Receive(Make("a", AlertStatus.Firing, Epoch, "alertname=HighCpu"));

        Assert.AreEqual(NotificationReason.New, Flush(sendResolved: true)?.Reason);
    }

    [TestMethod]
    public void Plan_AfterFirstFlush_WaitsGroupInterval_AndStaysQuietWhenNothingChanged()
    {
        NotifiedGroup("a");
        _time.Advance(TimeSpan.FromMinutes(4));

        var early = Plan(sendResolved: true);
        _time.Advance(TimeSpan.FromMinutes(1));
        var tick = Plan(sendResolved: true);

        Assert.IsFalse(early.IsDue);
        Assert.AreEqual(Epoch.AddSeconds(30).AddMinutes(5), early.NextDueAt);
        Assert.IsTrue(tick.IsDue);
        Assert.IsNull(tick.Notification);
        Assert.AreEqual(Now, tick.Next.LastFlushAt);
        Assert.AreEqual(Now.AddMinutes(5), tick.NextDueAt);
    }

    [TestMethod]
    public void Plan_NewAlertJoining_IsSentAtTheNextInterval_AsChanged()
    {
        NotifiedGroup("a");
        _time.Advance(TimeSpan.FromMinutes(1));
        Receive(Firing("b", "alertname=HighCpu"));

        Assert.IsFalse(Plan(sendResolved: true).IsDue);
        _time.Advance(TimeSpan.FromMinutes(4));
        var notification = Flush(sendResolved: true);

        Assert.AreEqual(NotificationReason.Changed, notification?.Reason);
        Assert.AreSequenceEqual(new[] { "a", "b" }, notification!.Firing.Select(a => a.Fingerprint).ToArray());
        Assert.AreSequenceEqual(new[] { "b" }, notification.NewFiring.ToArray());
    }

    [TestMethod]
    public void Plan_Unchanged_RepeatsOnTheFirstIntervalTickAfterRepeatInterval()
    {
        NotifiedGroup("a");
        var sent = new List<(TimeSpan At, NotificationReason Reason)>();
        for (var tick = 0; tick < 24; tick++)
        {
            _time.Advance(Timers.GroupInterval);
            if (Flush(sendResolved: true) is { } notification)
            {
                sent.Add((Now - Epoch, notification.Reason));
            }
        }

        // Notified at 30s; ticks every 5m from there; 1h later falls exactly on the 12th tick.
        Assert.AreSequenceEqual(
            new[] { (TimeSpan.FromMinutes(60.5), NotificationReason.Repeat), (TimeSpan.FromMinutes(120.5), NotificationReason.Repeat) },
            sent);
    }

    [TestMethod]
    public void Plan_NotifiedAlertResolves_WithSendResolved_SendsItThenTheGroupIsDone()
    {
        NotifiedGroup("a");
        _time.Advance(TimeSpan.FromMinutes(2));
        Receive(Resolved("a", "alertname=HighCpu"));
        _time.Advance(TimeSpan.FromMinutes(3));

        var plan = Plan(sendResolved: true);

        Assert.AreEqual(NotificationReason.Changed, plan.Notification?.Reason);
        Assert.IsEmpty(plan.Notification!.Firing);
        Assert.AreSequenceEqual(new[] { "a" }, plan.Notification.Resolved.Select(a => a.Fingerprint).ToArray());
        Assert.IsTrue(plan.IsDone);
        Assert.IsNull(plan.NextDueAt);
    }

    [TestMethod]
    public void Plan_NotifiedAlertResolves_WithoutSendResolved_SaysNothingAndTheGroupIsDone()
    {
        NotifiedGroup("a");
        _time.Advance(TimeSpan.FromMinutes(2));
        Receive(Resolved("a", "alertname=HighCpu"));
        _time.Advance(TimeSpan.FromMinutes(3));

        var plan = Plan(sendResolved: false);

        Assert.IsTrue(plan.IsDue);
        Assert.IsNull(plan.Notification);
        Assert.IsTrue(plan.IsDone);
    }

    [TestMethod]
    public void Plan_OneOfTwoResolves_WithSendResolved_SendsChangedAndTheResolvedOneLeaves()
    {
        NotifiedGroup("a", "b");
        Receive(Resolved("b", "alertname=HighCpu"));
        _time.Advance(Timers.GroupInterval);

        var notification = Flush(sendResolved: true);

        Assert.AreEqual(NotificationReason.Changed, notification?.Reason);
        Assert.AreSequenceEqual(new[] { "a" }, notification!.Firing.Select(a => a.Fingerprint).ToArray());
        Assert.AreSequenceEqual(new[] { "b" }, notification.Resolved.Select(a => a.Fingerprint).ToArray());
        Assert.AreSequenceEqual(new[] { "a" }, _state.Alerts.Select(a => a.Fingerprint).ToArray());
        _time.Advance(Timers.GroupInterval);
        Assert.IsNull(Flush(sendResolved: true));
    }

    [TestMethod]
    public void Plan_OneOfTwoResolves_WithoutSendResolved_StaysQuiet_AndItsReturnIsNew()
    {
        NotifiedGroup("a", "b");
        Receive(Resolved("b", "alertname=HighCpu"));
        _time.Advance(Timers.GroupInterval);

        Assert.IsNull(Flush(sendResolved: false));
        Assert.AreSequenceEqual(new[] { "a" }, _state.Alerts.Select(a => a.Fingerprint).ToArray());

        Receive(Firing("b", "alertname=HighCpu"));
        _time.Advance(Timers.GroupInterval);
        var notification = Flush(sendResolved: false);

        Assert.AreEqual(NotificationReason.Changed, notification?.Reason);
        Assert.AreSequenceEqual(new[] { "b" }, notification!.NewFiring.ToArray());
    }

    [TestMethod]
    public void Plan_ResolvedWithinGroupWait_IsDroppedSilently()
    {
        Receive(Firing("a", "alertname=HighCpu"));
        _time.Advance(TimeSpan.FromSeconds(10));
        Receive(Resolved("a", "alertname=HighCpu"));
        _time.Advance(TimeSpan.FromSeconds(20));

        var plan = Plan(sendResolved: true);

        Assert.IsTrue(plan.IsDue);
        Assert.IsNull(plan.Notification);
        Assert.IsTrue(plan.IsDone);
    }

    [TestMethod]
    public void Plan_ResolvedWithinGroupWaitBesideAFiringOne_IsLeftOutOfTheFirstNotification()
    {
        Receive(Firing("a", "alertname=HighCpu"));
        Receive(Firing("b", "alertname=HighCpu"));
        _time.Advance(TimeSpan.FromSeconds(10));
        Receive(Resolved("b", "alertname=HighCpu"));
        _time.Advance(TimeSpan.FromSeconds(20));

        var notification = Flush(sendResolved: true);

        Assert.AreSequenceEqual(new[] { "a" }, notification!.Firing.Select(a => a.Fingerprint).ToArray());
        Assert.IsEmpty(notification.Resolved);
        Assert.AreSequenceEqual(new[] { "a" }, _state.Alerts.Select(a => a.Fingerprint).ToArray());
    }

    [TestMethod]
    public void Receive_UnknownResolvedAlert_IsIgnored()
    {
        Receive(Resolved("a", "alertname=HighCpu"));

        Assert.IsTrue(_state.IsEmpty);
    }

    [TestMethod]
    public void Receive_SameStatusAgain_KeepsItsChangeTime_StatusChangeMovesIt()
    {
        Receive(Firing("a", "alertname=HighCpu"));
        _time.Advance(TimeSpan.FromMinutes(1));
        Receive(Firing("a", "alertname=HighCpu"));
        var unchanged = _state.Alerts[0].ChangedAt;
        _time.Advance(TimeSpan.FromMinutes(1));
        Receive(Resolved("a", "alertname=HighCpu"));

        Assert.AreEqual(Epoch, unchanged);
        Assert.AreEqual(Epoch.AddMinutes(2), _state.Alerts[0].ChangedAt);
    }

    [TestMethod]
    public void StateHash_OrderIndependent_AndSeparatesFiringFromResolved()
    {
        var one = GroupNotification.HashState(["b", "a"], ["c"]);
        var two = GroupNotification.HashState(["a", "b"], ["c"]);
        var moved = GroupNotification.HashState(["a", "b", "c"], []);

        Assert.AreEqual(one, two);
        Assert.AreNotEqual(one, moved);
        Assert.AreEqual(64, one.Length);
    }

    [TestMethod]
    public void IdempotencyKey_SamePlanTwice_IsEqual_ButEachRepeatDiffers()
    {
        NotifiedGroup("a");
        _time.Advance(Timers.RepeatInterval);
        var first = Plan(sendResolved: true).Notification!;
        var again = Plan(sendResolved: true).Notification!;
        _state = Plan(sendResolved: true).Next;
        _time.Advance(Timers.RepeatInterval);
        var next = Plan(sendResolved: true).Notification!;

        Assert.AreEqual(first.IdempotencyKey, again.IdempotencyKey);
        Assert.AreEqual(first.StateHash, next.StateHash);
        Assert.AreNotEqual(first.IdempotencyKey, next.IdempotencyKey);
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    private void Receive(Alert alert) => _state = _state.Receive(alert, Now);

    private GroupPlan Plan(bool sendResolved) => GroupScheduler.Plan(_state, Timers, sendResolved, Now);

    private GroupNotification? Flush(bool sendResolved)
    {
        var plan = Plan(sendResolved);
        if (plan.IsDue)
        {
            _state = plan.Next;
        }

        return plan.Notification;
    }

    private void NotifiedGroup(params string[] fingerprints)
    {
        foreach (var fingerprint in fingerprints)
        {
            Receive(Firing(fingerprint, "alertname=HighCpu"));
        }

        _time.Advance(Timers.GroupWait);
        Assert.AreEqual(NotificationReason.New, Flush(sendResolved: true)?.Reason);
    }
}
