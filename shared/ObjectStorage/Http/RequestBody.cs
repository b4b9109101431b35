using System.Security.Cryptography;

namespace Functions.ObjectStorage.Http;

/// <summary>
/// A request body held in memory as one or more segments (a part buffer is made of blocks, since a part may be
/// larger than one array can be). It is re-sent as it is on every attempt, so a retry needs no copy.
/// </summary>
/// <param name="segments">The bytes, in order.</param>
internal sealed class RequestBody(IReadOnlyList<ReadOnlyMemory<byte>> segments)
{
    /// <summary>A body of no bytes.</summary>
    public static readonly RequestBody Empty = new([]);

    /// <summary>The segments, in order.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Segments { get; } = segments;

    /// <summary>The length in bytes.</summary>
    public long Length { get; } = segments.Sum(s => (long)s.Length);

    /// <summary>A body of one segment.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The body.</returns>
    public static RequestBody From(ReadOnlyMemory<byte> bytes) => bytes.IsEmpty ? Empty : new RequestBody([bytes]);

    /// <summary>A fresh content for one attempt (content objects cannot be sent twice).</summary>
    /// <returns>The content.</returns>
    public HttpContent CreateContent() => new RequestBodyContent(this);

    /// <summary>The hash of the whole body.</summary>
    /// <param name="algorithm">MD5 or SHA256.</param>
    /// <returns>The digest.</returns>
    public byte[] Hash(HashAlgorithmName algorithm)
    {
        using var hash = IncrementalHash.CreateHash(algorithm);
        foreach (var segment in Segments)
        {
            hash.AppendData(segment.Span);
        }

        return hash.GetHashAndReset();
    }
}
