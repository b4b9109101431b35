using Functions.AlertHandler.Routing;

namespace Functions.AlertHandler.Configuration;

/// <summary>The validated AlertHandler configuration: the routing tree, receivers, inhibition rules and action settings.</summary>
/// <param name="Route">The root route, settings inherited down the tree.</param>
/// <param name="Receivers">The receivers; every route's receiver is one of them.</param>
/// <param name="InhibitRules">The inhibition rules.</param>
/// <param name="DryRun">The file's <c>actions.dry_run</c>: actions decide and record but change nothing.</param>
internal sealed record AlertConfig(Route Route, IReadOnlyList<ReceiverConfig> Receivers, IReadOnlyList<InhibitRule> InhibitRules, bool DryRun)
{
    /// <summary>The environment variable naming the configuration file.</summary>
    public const string FileVariable = "ALERT_CONFIG_FILE";

    /// <summary>A receiver by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The receiver.</returns>
    /// <exception cref="KeyNotFoundException">No such receiver (cannot happen for names taken from routes).</exception>
    public ReceiverConfig Receiver(string name) =>
        Receivers.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"no receiver named '{name}'");

    /// <summary>A router over the tree.</summary>
    /// <returns>The router.</returns>
    public AlertRouter Router() => new(Route);

    /// <summary>An inhibitor with the rules.</summary>
    /// <returns>The inhibitor.</returns>
    public Inhibitor Inhibitor() => new(InhibitRules);
}
