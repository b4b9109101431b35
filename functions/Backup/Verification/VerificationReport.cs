namespace Functions.Backup.Verification;

/// <summary>The result of checking one object.</summary>
/// <param name="Passed">Whether the object is sound.</param>
/// <param name="Check">What was checked, e.g. <c>PGDMP header + pg_restore --list (42 entries)</c>.</param>
/// <param name="Problem">What was wrong, when it failed.</param>
internal sealed record VerificationReport(bool Passed, string Check, string? Problem = null)
{
    /// <summary>A passed check.</summary>
    /// <param name="check">What was checked and found.</param>
    /// <returns>The report.</returns>
    public static VerificationReport Ok(string check) => new(true, check);

    /// <summary>A failed check.</summary>
    /// <param name="check">What was checked.</param>
    /// <param name="problem">What was wrong.</param>
    /// <returns>The report.</returns>
    public static VerificationReport Failed(string check, string problem) => new(false, check, problem);
}
