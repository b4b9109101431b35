namespace Functions.TestSupport.ObjectStorage;

/// <summary>An object the emulator holds.</summary>
/// <param name="Data">The bytes.</param>
/// <param name="ETag">The ETag, without quotes.</param>
/// <param name="LastModified">When it was written.</param>
/// <param name="Headers">The stored headers (content type, metadata, encryption, storage class).</param>
public sealed record EmulatedObject(byte[] Data, string ETag, DateTimeOffset LastModified, IReadOnlyDictionary<string, string> Headers);
