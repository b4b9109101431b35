namespace Functions.Backup.Results;

/// <summary>A set as <c>list</c> and <c>backup</c> report it.</summary>
/// <param name="SetId">The set.</param>
/// <param name="Plan">Its plan.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="CompletedAt">When its manifest was written.</param>
/// <param name="Complete">Every source succeeded and verified.</param>
/// <param name="Sources">Each source.</param>
internal sealed record SetSummary(string SetId, string Plan, DateTimeOffset StartedAt, DateTimeOffset CompletedAt, bool Complete, IReadOnlyList<SourceSummary> Sources);
