namespace Functions.AlertHandler.Results;

/// <summary>The result of a silence command.</summary>
/// <param name="Action">add, list or expire.</param>
/// <param name="Silences">The silence added or expired, or the list.</param>
internal sealed record SilenceResult(string Action, IReadOnlyList<SilenceView> Silences);
