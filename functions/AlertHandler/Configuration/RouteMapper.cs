using Functions.Scf.Configuration;
using Functions.AlertHandler.Configuration.Documents;
using Functions.AlertHandler.Grouping;
using Functions.AlertHandler.Routing;

namespace Functions.AlertHandler.Configuration;

/// <summary>Builds the routing tree: validates each route and resolves what it inherits (receiver, group_by, timers; not actions).</summary>
internal static class RouteMapper
{
    /// <summary>Maps the root route.</summary>
    /// <param name="document">The <c>route</c> object.</param>
    /// <param name="receivers">The receiver names defined.</param>
    /// <param name="dryRun">The file's default for actions' dry_run.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <returns>The root, or null when missing.</returns>
    public static Route? MapRoot(RouteDocument? document, IReadOnlySet<string> receivers, bool dryRun, List<string> problems)
    {
        if (document is null)
        {
            problems.Add("route: required (the root route receives every alert)");
            return null;
        }

        if (string.IsNullOrWhiteSpace(document.Receiver))
        {
            problems.Add("route.receiver: required on the root route (it takes every alert no child route takes)");
        }

        if (document.Matchers is { Count: > 0 })
        {
            problems.Add("route.matchers: the root route must match every alert, so it takes no matchers");
        }

        if (document.Continue is not null)
        {
            problems.Add("route.continue: the root route has no siblings to continue to");
        }

        var inherited = new RouteSettings(document.Receiver ?? string.Empty, GroupBy.Nothing, GroupTimers.Default);
        return Map(document, "route", "0", inherited, new Context(receivers, dryRun, problems));
    }

    private static Route Map(RouteDocument document, string path, string id, RouteSettings parent, Context context)
    {
        var settings = new RouteSettings(
            Receiver(document.Receiver, path, parent.Receiver, context),
            document.GroupBy is null ? parent.GroupBy : GroupByOf(document.GroupBy, path + ".group_by", context.Problems),
            Timers(document, path, parent.Timers, context.Problems));
        var matchers = Matchers.Empty;
        try
        {
            matchers = document.Matchers is null ? Matchers.Empty : Matchers.Parse(document.Matchers, path + ".matchers");
        }
        catch (FormatException e)
        {
            context.Problems.Add(e.Message);
        }

        var actions = ActionMapper.Map(document.Actions, path + ".actions", context.DryRun, context.Problems);
        var children = (document.Routes ?? []).Select((child, i) => child is null
            ? Missing(path, i, context.Problems)
            : Map(child, $"{path}.routes[{i}]", $"{id}.{i}", settings, context)).ToArray();
        return new Route(id, path, matchers, document.Continue ?? false, settings, actions, children);
    }

    private static string Receiver(string? receiver, string path, string inherited, Context context)
    {
        if (string.IsNullOrWhiteSpace(receiver))
        {
            // The root's missing receiver is reported once, by MapRoot.
            if (receiver is not null && path != "route")
            {
                context.Problems.Add($"{path}.receiver: must not be empty (leave it out to inherit the parent's)");
            }

            return inherited;
        }

        if (!context.Receivers.Contains(receiver))
        {
            context.Problems.Add($"{path}.receiver: '{receiver}' is not defined in receivers");
        }

        return receiver;
    }

    private static GroupBy GroupByOf(List<string> labels, string path, List<string> problems)
    {
        if (labels.Contains(GroupBy.AllLabelsMarker))
        {
            if (labels.Count > 1)
            {
                problems.Add($"{path}: \"...\" groups by all labels and must be the only entry");
            }

            return GroupBy.AllLabels;
        }

        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] is null || !MatcherSyntax.IsLabelName(labels[i]))
            {
                problems.Add($"{path}[{i}]: '{labels[i]}' is not a label name ([a-zA-Z_][a-zA-Z0-9_]*)");
            }
        }

        return GroupBy.By(labels.Where(l => l is not null));
    }

    private static GroupTimers Timers(RouteDocument document, string path, GroupTimers parent, List<string> problems) => new(
        Duration(document.GroupWait, $"{path}.group_wait", parent.GroupWait, allowZero: true, problems),
        Duration(document.GroupInterval, $"{path}.group_interval", parent.GroupInterval, allowZero: false, problems),
        Duration(document.RepeatInterval, $"{path}.repeat_interval", parent.RepeatInterval, allowZero: false, problems));

    private static TimeSpan Duration(string? text, string path, TimeSpan inherited, bool allowZero, List<string> problems)
    {
        if (text is null)
        {
            return inherited;
        }

        try
        {
            var value = PromDuration.Parse(text);
            if (!allowZero && value <= TimeSpan.Zero)
            {
                problems.Add($"{path}: must be greater than zero");
                return inherited;
            }

            return value;
        }
        catch (FormatException e)
        {
            problems.Add($"{path}: {e.Message}");
            return inherited;
        }
    }

    private static Route Missing(string path, int index, List<string> problems)
    {
        problems.Add($"{path}.routes[{index}]: a route cannot be null");
        return new Route("?", $"{path}.routes[{index}]", Matchers.Empty, false, new RouteSettings(string.Empty, GroupBy.Nothing, GroupTimers.Default), [], []);
    }

    private sealed record Context(IReadOnlySet<string> Receivers, bool DryRun, List<string> Problems);
}
