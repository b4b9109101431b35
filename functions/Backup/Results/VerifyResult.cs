namespace Functions.Backup.Results;

/// <summary>A set re-verified now.</summary>
/// <param name="SetId">The set.</param>
/// <param name="Passed">Every object passed.</param>
/// <param name="Objects">Each object's check.</param>
internal sealed record VerifyResult(string SetId, bool Passed, IReadOnlyList<ObjectSummary> Objects);
