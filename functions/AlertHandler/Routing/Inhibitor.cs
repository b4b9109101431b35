using Functions.AlertHandler.Alerts;

namespace Functions.AlertHandler.Routing;

/// <summary>
/// Decides inhibition as Alertmanager does: a target is muted by a firing source with equal <c>equal</c> labels, except
/// that an alert matching both sides of a rule cannot be inhibited by another alert that also matches both sides
/// (so two critical alerts of a "critical mutes warning" rule with overlapping matchers don't mute each other).
/// </summary>
/// <param name="rules">The rules, in configuration order.</param>
internal sealed class Inhibitor(IReadOnlyList<InhibitRule> rules)
{
    /// <summary>The rules.</summary>
    public IReadOnlyList<InhibitRule> Rules { get; } = rules;

    /// <summary>Whether an alert is inhibited, and by what.</summary>
    /// <param name="alert">The alert to check.</param>
    /// <param name="active">The alerts known now; only firing ones inhibit, and an alert never inhibits itself.</param>
    /// <returns>The first rule and source alert that inhibit it, or null.</returns>
    public Inhibition? InhibitedBy(Alert alert, IEnumerable<Alert> active)
    {
        IReadOnlyCollection<Alert>? sources = null;
        foreach (var rule in Rules)
        {
            if (!rule.TargetMatchers.Matches(alert.Labels))
            {
                continue;
            }

            var targetMatchesSource = rule.SourceMatchers.Matches(alert.Labels);
            sources ??= active.Where(a => a.Status == AlertStatus.Firing).ToArray();
            foreach (var source in sources)
            {
                if (IsInhibiting(rule, source, alert, targetMatchesSource))
                {
                    return new Inhibition(rule, source);
                }
            }
        }

        return null;
    }

    /// <summary>Whether an alert is inhibited.</summary>
    /// <param name="alert">The alert to check.</param>
    /// <param name="active">The alerts known now.</param>
    /// <returns>True when some firing alert inhibits it.</returns>
    public bool IsInhibited(Alert alert, IEnumerable<Alert> active) => InhibitedBy(alert, active) is not null;

    private static bool IsInhibiting(InhibitRule rule, Alert source, Alert target, bool targetMatchesSource)
    {
        if (string.Equals(source.Fingerprint, target.Fingerprint, StringComparison.Ordinal) || !rule.SourceMatchers.Matches(source.Labels))
        {
            return false;
        }

        if (targetMatchesSource && rule.TargetMatchers.Matches(source.Labels))
        {
            return false;
        }

        foreach (var name in rule.Equal)
        {
            if (!string.Equals(source.Label(name), target.Label(name), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
