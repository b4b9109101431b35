using System.Globalization;

namespace Functions.Backup.Retention;

/// <summary>
/// Decides which sets to keep. Only good sets count: a week of failed runs never pushes good sets out, and sets
/// that did not complete are removed only once a newer good set exists. With no good set at all nothing is removed.
/// </summary>
internal static class RetentionPolicy
{
    public static IReadOnlyList<RetentionDecision> Decide(IReadOnlyList<RetentionCandidate> sets, RetentionRules rules)
    {
        var good = sets.Where(s => s.Good).OrderByDescending(s => s.Time).ThenByDescending(s => s.SetId, StringComparer.Ordinal).ToArray();
        if (good.Length == 0 || !rules.Any)
        {
            var why = good.Length == 0 ? "no good set exists yet: nothing is removed" : "no retention rule is set";
            return sets.Select(s => new RetentionDecision(s.SetId, true, [why])).ToArray();
        }

        var reasons = good.ToDictionary(s => s.SetId, _ => new List<string>());
        Apply(good, rules.KeepLast, reasons, s => s.SetId, "last");
        Apply(good, rules.KeepDaily, reasons, s => Local(s, rules).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "daily");
        Apply(good, rules.KeepWeekly, reasons, s => IsoWeek(Local(s, rules)), "weekly");
        Apply(good, rules.KeepMonthly, reasons, s => Local(s, rules).ToString("yyyy-MM", CultureInfo.InvariantCulture), "monthly");
        Apply(good, rules.KeepYearly, reasons, s => Local(s, rules).ToString("yyyy", CultureInfo.InvariantCulture), "yearly");
        reasons[good[0].SetId].Add("newest good set");

        var newestGood = good[0].Time;
        return sets.Select(s => s.Good
                ? new RetentionDecision(s.SetId, reasons[s.SetId].Count > 0, reasons[s.SetId].Count > 0 ? reasons[s.SetId] : ["no rule keeps it"])
                : s.Time < newestGood
                    ? new RetentionDecision(s.SetId, false, ["incomplete, and a newer good set exists"])
                    : new RetentionDecision(s.SetId, true, ["incomplete, but newer than every good set"]))
            .ToArray();
    }

    // restic: walking from the newest, a set is kept when its bucket differs from the last kept bucket, until the count runs out.
    private static void Apply(RetentionCandidate[] newestFirst, int count, Dictionary<string, List<string>> reasons, Func<RetentionCandidate, string> bucket, string rule)
    {
        string? last = null;
        foreach (var set in newestFirst)
        {
            if (count <= 0)
            {
                return;
            }

            var key = bucket(set);
            if (key == last)
            {
                continue;
            }

            reasons[set.SetId].Add(rule == "last" ? "last" : $"{rule} {key}");
            last = key;
            count--;
        }
    }

    private static DateTime Local(RetentionCandidate set, RetentionRules rules) => set.Time.ToOffset(rules.CalendarOffset).DateTime;

    private static string IsoWeek(DateTime date) =>
        $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}";
}
