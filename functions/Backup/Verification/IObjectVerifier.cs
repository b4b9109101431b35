using Functions.Backup.Pipeline;

namespace Functions.Backup.Verification;

/// <summary>Checks that a stored object is what it claims to be, reading it back from the repository.</summary>
internal interface IObjectVerifier
{
    /// <summary>The formats this verifier checks.</summary>
    IReadOnlyList<ObjectFormat> Formats { get; }

    /// <summary>Verifies one object.</summary>
    /// <param name="format">Its format.</param>
    /// <param name="plaintext">Its content as the source produced it (decrypted, decompressed, checksum-checked at the end).</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>What was checked and found; <see cref="VerificationReport.Passed"/> false when it is not sound.</returns>
    Task<VerificationReport> VerifyAsync(ObjectFormat format, Stream plaintext, CancellationToken cancellationToken);
}
