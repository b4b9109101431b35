using Functions.Backup.Pipeline;
using Functions.Backup.Sources.Redis.Logical;
using Functions.Backup.Sources.Redis.Rdb;
using Functions.Backup.Verification;

namespace Functions.Backup.Sources.Redis;

/// <summary>
/// Checks Redis snapshots read back from the repository, in one pass with bounded memory: an RDB's header, EOF opcode
/// and CRC-64 as Redis computes it; a logical snapshot's framing, payload checksums, record count and CRC-64.
/// </summary>
internal sealed class RedisVerifier : IObjectVerifier
{
    /// <inheritdoc />
    public IReadOnlyList<ObjectFormat> Formats { get; } = [ObjectFormat.RedisRdb, ObjectFormat.RedisLogical];

    /// <inheritdoc />
    public async Task<VerificationReport> VerifyAsync(ObjectFormat format, Stream plaintext, CancellationToken cancellationToken)
    {
        try
        {
            return format switch
            {
                ObjectFormat.RedisRdb => await RdbChecker.CheckAsync(plaintext, cancellationToken),
                ObjectFormat.RedisLogical => await LogicalChecker.CheckAsync(plaintext, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a Redis format"),
            };
        }
        catch (InvalidDataException e)
        {
            // Also what the reader below throws at the end when the object's SHA-256 or encryption does not check out.
            return VerificationReport.Failed(format == ObjectFormat.RedisRdb ? RdbChecker.Check : LogicalChecker.Check, e.Message);
        }
    }
}
