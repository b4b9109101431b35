namespace Functions.AlertHandler.Configuration.Documents;

/// <summary>A route action as written: <c>{"type":"scale_up","step":2,"cooldown":"10m"}</c>.</summary>
internal sealed class ActionDocument
{
    public string? Type { get; init; }

    public int? Step { get; init; }

    public string? Cooldown { get; init; }

    public bool? DryRun { get; init; }
}
