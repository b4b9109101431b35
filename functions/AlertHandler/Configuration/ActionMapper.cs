using Functions.Scf.Configuration;
using Functions.AlertHandler.Configuration.Documents;
using Functions.AlertHandler.Routing;

namespace Functions.AlertHandler.Configuration;

/// <summary>Validates a route's actions against the allow-list and fills in default cooldowns.</summary>
internal static class ActionMapper
{
    private static readonly Dictionary<string, ActionType> Types = new(StringComparer.Ordinal)
    {
        ["scale_up"] = ActionType.ScaleUp,
        ["restart"] = ActionType.Restart,
        ["backup"] = ActionType.Backup,
        ["notify"] = ActionType.Notify,
    };

    /// <summary>Maps a route's actions.</summary>
    /// <param name="documents">The <c>actions</c> array, or null.</param>
    /// <param name="path">Its path, for example <c>route.routes[0].actions</c>.</param>
    /// <param name="dryRun">The file's default dry_run.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <returns>The valid actions.</returns>
    public static IReadOnlyList<RouteAction> Map(List<ActionDocument>? documents, string path, bool dryRun, List<string> problems)
    {
        var actions = new List<RouteAction>();
        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var document = documents![i];
            var at = $"{path}[{i}]";
            if (document?.Type is null)
            {
                problems.Add($"{at}.type: required, one of {string.Join(", ", Types.Keys)}");
                continue;
            }

            if (!Types.TryGetValue(document.Type, out var type))
            {
                problems.Add($"{at}.type: '{document.Type}' is not an action; use one of {string.Join(", ", Types.Keys)}");
                continue;
            }

            if (actions.Any(a => a.Type == type))
            {
                problems.Add($"{at}.type: '{document.Type}' is listed twice on this route");
                continue;
            }

            var step = Step(document, type, at, problems);
            var cooldown = Cooldown(document.Cooldown, $"{at}.cooldown", RouteAction.DefaultCooldown(type), problems);
            actions.Add(new RouteAction(type, step, cooldown, document.DryRun ?? dryRun));
        }

        return actions;
    }

    private static int Step(ActionDocument document, ActionType type, string at, List<string> problems)
    {
        if (type != ActionType.ScaleUp)
        {
            if (document.Step is not null)
            {
                problems.Add($"{at}.step: only scale_up takes a step");
            }

            return 0;
        }

        if (document.Step is < 1)
        {
            problems.Add($"{at}.step: must be at least 1 (instances to add), not {document.Step}");
        }

        return document.Step ?? 1;
    }

    private static TimeSpan Cooldown(string? text, string path, TimeSpan fallback, List<string> problems)
    {
        if (text is null)
        {
            return fallback;
        }

        try
        {
            return PromDuration.Parse(text);
        }
        catch (FormatException e)
        {
            problems.Add($"{path}: {e.Message}");
            return fallback;
        }
    }
}
