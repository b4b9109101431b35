namespace Functions.AlertHandler.Configuration.Documents;

/// <summary>Settings for all actions: <c>{"dry_run": false}</c>.</summary>
internal sealed class ActionsDocument
{
    public bool? DryRun { get; init; }
}
