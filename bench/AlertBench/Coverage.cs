using System.Text.RegularExpressions;

namespace Functions.AlertBench;

/// <summary>
/// Which alarms a robot's messages cover, read from the policy ids they mention (both sides put the policy in the
/// alert name): a message counts each alarm once however often it names it.
/// </summary>
internal static partial class Coverage
{
    /// <summary>Alarm mentions summed over messages (above the distinct count: an alarm notified twice), and distinct alarms.</summary>
    public static (int Mentions, int Distinct) Of(IEnumerable<string> messages)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        var mentions = 0;
        foreach (var message in messages)
        {
            var mine = PolicyId().Matches(message).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            mentions += mine.Count;
            all.UnionWith(mine);
        }

        return (mentions, all.Count);
    }

    [GeneratedRegex(@"policy-\d{5}")]
    private static partial Regex PolicyId();
}
