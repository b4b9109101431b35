namespace Functions.Backup.Sets;

/// <summary>One object's check, as recorded.</summary>
/// <param name="Object">The object's name.</param>
/// <param name="Passed">Whether it is sound.</param>
/// <param name="Check">What was checked.</param>
/// <param name="Problem">What was wrong.</param>
internal sealed record VerificationEntry(string Object, bool Passed, string Check, string? Problem);
