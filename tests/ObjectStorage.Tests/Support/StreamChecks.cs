using Functions.ObjectStorage.Hashing;

namespace Functions.ObjectStorage.Tests.Support;

/// <summary>Reads streams to their end for checks, without holding them.</summary>
internal static class StreamChecks
{
    /// <summary>The CRC-64/XZ and length of a stream.</summary>
    public static async Task<(ulong Crc64, long Length)> Crc64Async(Stream stream, CancellationToken cancellationToken)
    {
        var crc = new Crc64Xz();
        var buffer = new byte[1 << 20];
        var length = 0L;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            crc.Append(buffer.AsSpan(0, read));
            length += read;
        }

        return (crc.GetCurrentValue(), length);
    }

    /// <summary>All of a (small) stream.</summary>
    public static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }
}
