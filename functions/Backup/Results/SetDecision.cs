namespace Functions.Backup.Results;

/// <summary>A set and why it stays or goes.</summary>
/// <param name="SetId">The set.</param>
/// <param name="Reasons">The reasons.</param>
internal sealed record SetDecision(string SetId, IReadOnlyList<string> Reasons);
