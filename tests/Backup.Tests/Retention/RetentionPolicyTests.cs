using System.Globalization;
using Functions.Backup.Retention;

namespace Functions.Backup.Tests.Retention;

[TestClass]
public sealed class RetentionPolicyTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 18, 30, 0, TimeSpan.Zero);

    [TestMethod]
    public void Daily_KeepsTheNewestSetOfEachOfTheLastNDays()
    {
        var sets = Days(30).ToList();
        sets.Add(Set(Start.AddDays(29).AddHours(2), good: true));

        var kept = Kept(sets, new RetentionRules(0, 7, 0, 0, 0, TimeSpan.Zero));

        Assert.HasCount(7, kept);
        Assert.Contains(Id(Start.AddDays(29).AddHours(2)), kept, "the newest of the last day, not the earlier one");
        Assert.DoesNotContain(Id(Start.AddDays(29)), kept);
        Assert.Contains(Id(Start.AddDays(23)), kept);
        Assert.DoesNotContain(Id(Start.AddDays(22)), kept);
    }

    [TestMethod]
    public void AWeekOfFailedRuns_NeverPushesOutTheLastGoodSets()
    {
        var sets = Days(10).Concat(Enumerable.Range(10, 7).Select(d => Set(Start.AddDays(d), good: false))).ToArray();

        var decisions = RetentionPolicy.Decide(sets, new RetentionRules(3, 7, 0, 0, 0, TimeSpan.Zero));

        var keptGood = decisions.Where(d => d.Keep && sets.Single(s => s.SetId == d.SetId).Good).Select(d => d.SetId).ToArray();
        Assert.HasCount(7, keptGood, "seven good days are kept, counted from the newest good set, not from now");
        Assert.Contains(Id(Start.AddDays(9)), keptGood);
        Assert.IsTrue(decisions.Where(d => !sets.Single(s => s.SetId == d.SetId).Good).All(d => d.Keep),
            "failed sets newer than every good set stay until a good set supersedes them");
    }

    [TestMethod]
    public void IncompleteSets_AreRemovedOnceANewerGoodSetExists()
    {
        var sets = new[] { Set(Start, good: true), Set(Start.AddDays(1), good: false), Set(Start.AddDays(2), good: true) };

        var decisions = RetentionPolicy.Decide(sets, new RetentionRules(5, 0, 0, 0, 0, TimeSpan.Zero));

        Assert.IsFalse(decisions.Single(d => d.SetId == Id(Start.AddDays(1))).Keep);
        Assert.AreEqual("incomplete, and a newer good set exists", decisions.Single(d => d.SetId == Id(Start.AddDays(1))).Reasons[0]);
        Assert.HasCount(2, decisions.Where(d => d.Keep));
    }

    [TestMethod]
    public void NoGoodSet_RemovesNothing()
    {
        var sets = Enumerable.Range(0, 5).Select(d => Set(Start.AddDays(d), good: false)).ToArray();

        var decisions = RetentionPolicy.Decide(sets, RetentionRules.Default);

        Assert.IsTrue(decisions.All(d => d.Keep));
    }

    [TestMethod]
    public void KeepLast_IsAFloorWhateverTheCalendarRulesSay()
    {
        var sameDay = Enumerable.Range(0, 5).Select(h => Set(Start.AddHours(h), good: true)).ToArray();

        var kept = Kept(sameDay, new RetentionRules(4, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.HasCount(4, kept);
        Assert.DoesNotContain(Id(Start), kept);
    }

    [TestMethod]
    public void WeeklyMonthlyYearly_UseIsoWeeksAndCalendarMonths()
    {
        var sets = Enumerable.Range(0, 800).Select(d => Set(Start.AddDays(d), good: true)).ToArray();

        var decisions = RetentionPolicy.Decide(sets, new RetentionRules(0, 0, 4, 6, 3, TimeSpan.Zero));
        var kept = decisions.Where(d => d.Keep).ToArray();

        var newest = Start.AddDays(799);
        Assert.HasCount(4, kept.Where(d => d.Reasons.Any(r => r.StartsWith("weekly", StringComparison.Ordinal))));
        Assert.HasCount(6, kept.Where(d => d.Reasons.Any(r => r.StartsWith("monthly", StringComparison.Ordinal))));
        Assert.HasCount(3, kept.Where(d => d.Reasons.Any(r => r.StartsWith("yearly", StringComparison.Ordinal))));
        Assert.Contains($"weekly {ISOWeek.GetYear(newest.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(newest.UtcDateTime):00}", kept.Single(d => d.SetId == Id(newest)).Reasons);
    }

    [TestMethod]
    public void CalendarOffset_MovesTheDayBoundary()
    {
        // 15:00 and 17:00 UTC on the 27th: one day in UTC, but 23:00 on the 27th and 01:00 on the 28th in +08:00.
        var sets = new[] { Set(new(2026, 11, 27, 15, 0, 0, TimeSpan.Zero), true), Set(new(2026, 11, 27, 17, 0, 0, TimeSpan.Zero), true) };

        var utc = Kept(sets, new RetentionRules(0, 2, 0, 0, 0, TimeSpan.Zero));
        var beijing = Kept(sets, new RetentionRules(0, 2, 0, 0, 0, TimeSpan.FromHours(8)));

        Assert.HasCount(1, utc);
        Assert.HasCount(2, beijing);
    }

    private static IEnumerable<RetentionCandidate> Days(int count) => Enumerable.Range(0, count).Select(d => Set(Start.AddDays(d), good: true));

    private static RetentionCandidate Set(DateTimeOffset time, bool good) => new(Id(time), time, good);

    private static string Id(DateTimeOffset time) => time.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string[] Kept(IReadOnlyList<RetentionCandidate> sets, RetentionRules rules) =>
        RetentionPolicy.Decide(sets, rules).Where(d => d.Keep).Select(d => d.SetId).ToArray();
}
