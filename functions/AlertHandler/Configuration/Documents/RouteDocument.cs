namespace Functions.AlertHandler.Configuration.Documents;

/// <summary>A route as written; unset fields are inherited from the parent (except actions).</summary>
internal sealed class RouteDocument
{
    public string? Receiver { get; init; }

    public List<string>? GroupBy { get; init; }

    public string? GroupWait { get; init; }

    public string? GroupInterval { get; init; }

    public string? RepeatInterval { get; init; }

    public List<string>? Matchers { get; init; }

    public bool? Continue { get; init; }

    public List<ActionDocument>? Actions { get; init; }

    public List<RouteDocument>? Routes { get; init; }
}
