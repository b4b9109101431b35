using System.Collections.Concurrent;

namespace Functions.TestSupport.ObjectStorage;

/// <summary>A multipart upload in progress in the emulator.</summary>
/// <param name="Key">The key.</param>
/// <param name="Initiated">When it started.</param>
/// <param name="Headers">The headers given at initiation.</param>
public sealed record EmulatedUpload(string Key, DateTimeOffset Initiated, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The parts uploaded so far, by number.</summary>
    public ConcurrentDictionary<int, (byte[] Data, string ETag)> Parts { get; } = new();
}
