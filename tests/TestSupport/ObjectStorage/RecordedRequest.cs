namespace Functions.TestSupport.ObjectStorage;

/// <summary>A request the emulator answered (after its signature checked out).</summary>
/// <param name="Method">The method.</param>
/// <param name="Key">The object key, or null for the bucket.</param>
/// <param name="Query">The raw query string.</param>
/// <param name="Headers">The headers, names in lowercase.</param>
public sealed record RecordedRequest(string Method, string? Key, string Query, IReadOnlyDictionary<string, string> Headers);
