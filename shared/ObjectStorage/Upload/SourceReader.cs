using System.Security.Cryptography;
using Functions.ObjectStorage.Hashing;

namespace Functions.ObjectStorage.Upload;

/// <summary>Reads the source into part buffers in order, computing the whole stream's CRC-64 (and SHA-256) on the way.</summary>
/// <param name="source">The stream.</param>
/// <param name="computeSha256">Whether to compute the SHA-256 too.</param>
internal sealed class SourceReader(Stream source, bool computeSha256) : IDisposable
{
    private readonly Crc64Xz _crc = new();
    private readonly IncrementalHash? _sha256 = computeSha256 ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;

    /// <summary>Bytes read so far.</summary>
    public long Total { get; private set; }

    /// <summary>The CRC-64/XZ of everything read.</summary>
    public ulong Crc64 => _crc.GetCurrentValue();

    /// <summary>Fills the next part.</summary>
    /// <param name="buffer">The buffer, as large as the part.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task.</returns>
    public async Task FillAsync(PartBuffer buffer, CancellationToken cancellationToken)
    {
        await buffer.FillAsync(source, cancellationToken);
        foreach (var segment in buffer.Body().Segments)
        {
            _crc.Append(segment.Span);
            _sha256?.AppendData(segment.Span);
        }

        Total += buffer.Length;
    }

    /// <summary>The hex SHA-256 of everything read, or null when not computed.</summary>
    /// <returns>The hash.</returns>
    public string? Sha256() => _sha256 is null ? null : Convert.ToHexStringLower(_sha256.GetCurrentHash());

    /// <inheritdoc />
    public void Dispose() => _sha256?.Dispose();
}
