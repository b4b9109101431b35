namespace Functions.Backup.Retention;

/// <summary>What happens to one set, and why.</summary>
/// <param name="SetId">The set.</param>
/// <param name="Keep">Whether it stays.</param>
/// <param name="Reasons">The rules that keep it (e.g. "last", "daily 2026-11-27"), or why it goes.</param>
internal sealed record RetentionDecision(string SetId, bool Keep, IReadOnlyList<string> Reasons);
