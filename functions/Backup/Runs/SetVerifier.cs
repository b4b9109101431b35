using Functions.Backup.Pipeline;
using Functions.Backup.Restore;
using Functions.Backup.Sets;
using Functions.Backup.Verification;

namespace Functions.Backup.Runs;

/// <summary>
/// Reads each stored object back from the repository — checking its SHA-256 and decryption on the way — and hands
/// it to the verifier of its format. Anything that goes wrong is a failed check, never an exception.
/// </summary>
/// <param name="reader">Opens stored objects.</param>
/// <param name="verifiers">The format checks.</param>
internal sealed class SetVerifier(IObjectReader reader, IReadOnlyList<IObjectVerifier> verifiers)
{
    public async Task<VerificationEntry> VerifyAsync(StoredObject stored, CancellationToken cancellationToken)
    {
        var verifier = verifiers.FirstOrDefault(v => v.Formats.Contains(stored.Format));
        try
        {
            await using var content = await reader.OpenAsync(stored, cancellationToken);
            if (verifier is null)
            {
                await content.CopyToAsync(Stream.Null, cancellationToken);
                return new VerificationEntry(stored.Name, true, "read back with matching SHA-256", null);
            }

            var report = await verifier.VerifyAsync(stored.Format, content, cancellationToken);
            return new VerificationEntry(stored.Name, report.Passed, report.Check, report.Problem);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            return new VerificationEntry(stored.Name, false, $"read back and check as {stored.Format}", e.Message);
        }
    }
}
