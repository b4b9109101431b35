namespace Functions.DeployOrchestrator.Configuration.Documents;

/// <summary>Where run events are sent.</summary>
internal sealed class NotifyDocument
{
    public List<ReceiverDocument>? Receivers { get; init; }
}
