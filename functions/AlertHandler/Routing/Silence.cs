namespace Functions.AlertHandler.Routing;

/// <summary>A matcher-based mute with a time window, the shape of Alertmanager's API v2 silence.</summary>
/// <param name="Id">The silence's id.</param>
/// <param name="Matchers">What a silenced alert matches (all of them).</param>
/// <param name="StartsAt">When it begins (inclusive).</param>
/// <param name="EndsAt">When it ends (exclusive).</param>
/// <param name="CreatedBy">Who created it, for the audit.</param>
/// <param name="Comment">Why.</param>
internal sealed record Silence(string Id, Matchers Matchers, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string CreatedBy, string Comment)
{
    /// <summary>What is wrong with a silence someone asks for, as Alertmanager validates them.</summary>
    /// <returns>The problems; empty when valid.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Id))
        {
            problems.Add("id is required");
        }

        if (Matchers.IsEmpty)
        {
            problems.Add("matchers: at least one is required");
        }
        else if (Matchers.Items.All(m => m.Matches(string.Empty)))
        {
            // A silence whose every matcher matches the empty label would mute nearly everything.
            problems.Add("matchers: at least one must not match the empty string");
        }

        if (EndsAt <= StartsAt)
        {
            problems.Add("endsAt must be after startsAt");
        }

        if (string.IsNullOrWhiteSpace(CreatedBy))
        {
            problems.Add("createdBy is required");
        }

        if (string.IsNullOrWhiteSpace(Comment))
        {
            problems.Add("comment is required");
        }

        return problems;
    }
}
