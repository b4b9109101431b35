namespace Functions.AlertHandler.Configuration.Documents;

/// <summary>The AlertHandler configuration file as written (snake_case keys, as Alertmanager's).</summary>
internal sealed class AlertConfigDocument
{
    public RouteDocument? Route { get; init; }

    public List<ReceiverDocument>? Receivers { get; init; }

    public List<InhibitRuleDocument>? InhibitRules { get; init; }

    public ActionsDocument? Actions { get; init; }
}
