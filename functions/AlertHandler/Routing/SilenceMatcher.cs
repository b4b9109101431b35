using Functions.AlertHandler.Alerts;

namespace Functions.AlertHandler.Routing;

/// <summary>Which silences mute an alert at a given time.</summary>
internal static class SilenceMatcher
{
    /// <summary>Whether a silence is in force at a time: from <c>startsAt</c> inclusive to <c>endsAt</c> exclusive.</summary>
    /// <param name="silence">The silence.</param>
    /// <param name="at">The time.</param>
    /// <returns>True when active.</returns>
    public static bool IsActive(Silence silence, DateTimeOffset at) => silence.StartsAt <= at && at < silence.EndsAt;

    /// <summary>Whether a silence mutes an alert at a time.</summary>
    /// <param name="silence">The silence.</param>
    /// <param name="alert">The alert.</param>
    /// <param name="at">The time.</param>
    /// <returns>True when the silence is active and every matcher matches.</returns>
    public static bool Mutes(Silence silence, Alert alert, DateTimeOffset at) => IsActive(silence, at) && silence.Matchers.Matches(alert.Labels);

    /// <summary>The silences that mute an alert at a time.</summary>
    /// <param name="silences">The known silences.</param>
    /// <param name="alert">The alert.</param>
    /// <param name="at">The time.</param>
    /// <returns>The muting silences, in the order given; empty when the alert is not silenced.</returns>
    public static IReadOnlyList<Silence> Silencing(IEnumerable<Silence> silences, Alert alert, DateTimeOffset at) =>
        silences.Where(s => Mutes(s, alert, at)).ToArray();
}
