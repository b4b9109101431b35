using Functions.AlertHandler.Routing;
using static Functions.AlertHandler.Tests.Routing.TestAlerts;

namespace Functions.AlertHandler.Tests.Routing;

[TestClass]
public sealed class SilenceMatcherTests
{
    private static readonly Silence Maintenance = new(
        "s-1",
        Matchers.Parse(["alertname=~\"Postgres.*\"", "instance=\"db-1\""], "matchers"),
        Epoch,
        Epoch.AddHours(2),
        "ops@example.com",
        "database maintenance");

    [TestMethod]
    [DataRow(-1, false)]
    [DataRow(0, true)]
    [DataRow(119, true)]
    [DataRow(120, false)]
    public void Mutes_TimeWindow_StartInclusiveEndExclusive(int minutes, bool expected)
    {
        var alert = Firing("f", "alertname=PostgresDown", "instance=db-1");

        Assert.AreEqual(expected, SilenceMatcher.Mutes(Maintenance, alert, Epoch.AddMinutes(minutes)));
    }

    [TestMethod]
    public void Mutes_OneMatcherFails_IsFalse()
    {
        var alert = Firing("f", "alertname=PostgresDown", "instance=db-2");

        Assert.IsFalse(SilenceMatcher.Mutes(Maintenance, alert, Epoch.AddMinutes(1)));
    }

    [TestMethod]
    public void Silencing_ReturnsOnlyActiveMatchingSilences()
    {
        var expired = Maintenance with { Id = "s-0", StartsAt = Epoch.AddDays(-1), EndsAt = Epoch.AddDays(-1).AddHours(1) };
        var other = Maintenance with { Id = "s-2", Matchers = Matchers.Parse(["alertname=\"RedisDown\""], "m") };
        var alert = Firing("f", "alertname=PostgresDown", "instance=db-1");

        var silencing = SilenceMatcher.Silencing([expired, Maintenance, other], alert, Epoch.AddMinutes(5));

        Assert.AreSequenceEqual(new[] { "s-1" }, silencing.Select(s => s.Id).ToArray());
    }

    [TestMethod]
    public void Problems_ValidSilence_None()
    {
        Assert.IsEmpty(Maintenance.Problems());
    }

    [TestMethod]
    public void Problems_MatchersMatchingEverythingAndBackwardsWindow_AreReported()
    {
        var bad = Maintenance with { Matchers = Matchers.Parse(["alertname=~\".*\""], "m"), EndsAt = Epoch, CreatedBy = " " };

        var problems = bad.Problems();

        Assert.Contains("matchers: at least one must not match the empty string", problems);
        Assert.Contains("endsAt must be after startsAt", problems);
        Assert.Contains("createdBy is required", problems);
    }
}
