namespace Functions.ObjectStorage.Http;

/// <summary>What differs between COS's XML API and S3 besides the signature: header names and part limits.</summary>
/// <param name="Name">"COS" or "S3", for messages.</param>
/// <param name="HeaderPrefix"><c>x-cos-</c> or <c>x-amz-</c>.</param>
/// <param name="MinimumPartSize">The smallest part but the last.</param>
/// <param name="Crc64Header">The response header carrying the object's CRC-64/XZ, when the service has one.</param>
internal sealed record ObjectStoreDialect(string Name, string HeaderPrefix, long MinimumPartSize, string? Crc64Header)
{
    /// <summary>Tencent COS: parts from 1 MB, CRC-64 in <c>x-cos-hash-crc64ecma</c> (reference §4.1, §4.2).</summary>
    public static readonly ObjectStoreDialect Cos = new("COS", "x-cos-", 1024 * 1024, "x-cos-hash-crc64ecma");

    /// <summary>S3 and compatible servers: parts from 5 MiB, no CRC-64/XZ header.</summary>
    public static readonly ObjectStoreDialect S3 = new("S3", "x-amz-", 5 * 1024 * 1024, null);

    /// <summary>The request id response header.</summary>
    public string RequestIdHeader => HeaderPrefix + "request-id";

    /// <summary>The user metadata header prefix.</summary>
    public string MetadataPrefix => HeaderPrefix + "meta-";
}
