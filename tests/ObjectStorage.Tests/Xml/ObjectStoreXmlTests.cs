using Functions.ObjectStorage.Models;
using Functions.ObjectStorage.Xml;

namespace Functions.ObjectStorage.Tests.Xml;

/// <summary>Every answer shape the client reads, in COS's (no namespace) and S3's (namespaced) forms.</summary>
[TestClass]
public sealed class ObjectStoreXmlTests
{
    private const string S3Ns = "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

    [TestMethod]
    public void Error_CosErrorBody_ReadsEveryField()
    {
        var error = ObjectStoreXml.Error(ObjectStoreXml.Root("""
            <?xml version="1.0" encoding="UTF-8"?>
            <Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>
            <Resource>examplebucket-1250000000.cos.ap-beijing.myqcloud.com/a</Resource><RequestId>NTk0MzY=</RequestId><TraceId>OGVm</TraceId></Error>
            """));

        Assert.AreEqual(new ServiceError("NoSuchKey", "The specified key does not exist.", "examplebucket-1250000000.cos.ap-beijing.myqcloud.com/a", "NTk0MzY="), error);
    }

    [TestMethod]
    public void Error_NotAnErrorOrEmpty_IsNull()
    {
        Assert.IsNull(ObjectStoreXml.Error(ObjectStoreXml.Root("<ListBucketResult/>")));
        Assert.IsNull(ObjectStoreXml.Error(ObjectStoreXml.Root("  ")));
    }

    [TestMethod]
    public void Root_LeadingWhitespaceBeforeTheDeclaration_IsAccepted()
    {
        // COS keeps the connection alive with whitespace while it merges parts, then sends the XML.
        var root = ObjectStoreXml.Root("   \n\n   <?xml version=\"1.0\"?><CompleteMultipartUploadResult><ETag>\"abc-3\"</ETag></CompleteMultipartUploadResult>");

        Assert.AreEqual("abc-3", ObjectStoreXml.CompleteETag(root));
    }

    [TestMethod]
    public void Complete_TwoHundredWithError_IsAnErrorAndHasNoETag()
    {
        var root = ObjectStoreXml.Root("\n\n<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message><RequestId>r1</RequestId></Error>");

        Assert.IsNull(ObjectStoreXml.CompleteETag(root));
        Assert.AreEqual("InternalError", ObjectStoreXml.Error(root)!.Code);
    }

    [TestMethod]
    public void Complete_ResultWithoutETag_HasNoETag() =>
        Assert.IsNull(ObjectStoreXml.CompleteETag(ObjectStoreXml.Root($"<CompleteMultipartUploadResult {S3Ns}><Bucket>b</Bucket><Key>k</Key></CompleteMultipartUploadResult>")));

    [TestMethod]
    public void Root_Malformed_IsAFormatException() =>
        Assert.ThrowsExactly<FormatException>(() => ObjectStoreXml.Root("<Error><Code>"));

    [TestMethod]
    public void UploadId_InitiateAnswer_IsRead() =>
        Assert.AreEqual("1585130821cbb7df1d11846c073ad648e8f33b087cec2381df437acdc833cf654b9ecc6361",
            ObjectStoreXml.UploadId(ObjectStoreXml.Root($"<InitiateMultipartUploadResult {S3Ns}><Bucket>b</Bucket><Key>k</Key><UploadId>1585130821cbb7df1d11846c073ad648e8f33b087cec2381df437acdc833cf654b9ecc6361</UploadId></InitiateMultipartUploadResult>")));

    [TestMethod]
    public void Listing_TruncatedWithNextMarker_UsesIt()
    {
        var listing = ObjectStoreXml.Listing(ObjectStoreXml.Root("""
            <ListBucketResult><Name>b-125</Name><Prefix>p/</Prefix><Marker/><NextMarker>p/b</NextMarker><MaxKeys>2</MaxKeys><IsTruncated>true</IsTruncated>
            <Contents><Key>p/a</Key><LastModified>2026-11-27T10:00:00.000Z</LastModified><ETag>"e1"</ETag><Size>10</Size><StorageClass>STANDARD</StorageClass></Contents>
            <Contents><Key>p/b</Key><LastModified>2026-11-27T10:00:01.000Z</LastModified><ETag>&quot;e2&quot;</ETag><Size>20</Size></Contents>
            </ListBucketResult>
            """)!);

        Assert.IsTrue(listing.IsTruncated);
        Assert.AreEqual("p/b", listing.NextMarker);
        Assert.AreEqual(new ObjectSummary("p/a", 10, "e1", new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero), "STANDARD"), listing.Objects[0]);
        Assert.AreEqual("e2", listing.Objects[1].ETag);
    }

    [TestMethod]
    public void Listing_TruncatedWithoutNextMarker_FallsBackToTheLastKey()
    {
        var listing = ObjectStoreXml.Listing(ObjectStoreXml.Root($"""
            <ListBucketResult {S3Ns}><Name>b</Name><IsTruncated>true</IsTruncated>
            <Contents><Key>k1</Key><LastModified>2026-11-27T10:00:00Z</LastModified><ETag>"e"</ETag><Size>1</Size></Contents>
            <Contents><Key>k2</Key><LastModified>2026-11-27T10:00:00Z</LastModified><ETag>"e"</ETag><Size>1</Size></Contents>
            </ListBucketResult>
            """)!);

        Assert.AreEqual("k2", listing.NextMarker);
    }

    [TestMethod]
    public void Listing_NotTruncated_HasNoMarkerAndReadsCommonPrefixes()
    {
        var listing = ObjectStoreXml.Listing(ObjectStoreXml.Root(
            "<ListBucketResult><IsTruncated>false</IsTruncated><NextMarker>x</NextMarker><CommonPrefixes><Prefix>a/</Prefix></CommonPrefixes></ListBucketResult>")!);

        Assert.IsFalse(listing.IsTruncated);
        Assert.IsNull(listing.NextMarker);
        Assert.AreSequenceEqual(new[] { "a/" }, listing.CommonPrefixes);
        Assert.IsEmpty(listing.Objects);
    }

    [TestMethod]
    public void Parts_ListPartsAnswer_IsRead()
    {
        var (parts, truncated, next) = ObjectStoreXml.Parts(ObjectStoreXml.Root($"""
            <ListPartsResult {S3Ns}><Bucket>b</Bucket><Key>k</Key><UploadId>u</UploadId><PartNumberMarker>0</PartNumberMarker>
            <NextPartNumberMarker>2</NextPartNumberMarker><MaxParts>2</MaxParts><IsTruncated>true</IsTruncated>
            <Part><PartNumber>1</PartNumber><LastModified>2026-11-27T10:00:00Z</LastModified><ETag>"p1"</ETag><Size>5242880</Size></Part>
            <Part><PartNumber>2</PartNumber><LastModified>2026-11-27T10:00:00Z</LastModified><ETag>"p2"</ETag><Size>100</Size></Part>
            </ListPartsResult>
            """)!);

        Assert.AreSequenceEqual(new[] { new UploadedPart(1, "p1", 5242880), new UploadedPart(2, "p2", 100) }, parts);
        Assert.IsTrue(truncated);
        Assert.AreEqual("2", next);
    }

    [TestMethod]
    public void Uploads_ListMultipartUploadsAnswer_IsRead()
    {
        var (uploads, truncated, nextKey, nextId) = ObjectStoreXml.Uploads(ObjectStoreXml.Root("""
            <ListMultipartUploadsResult><Bucket>b-125</Bucket><IsTruncated>false</IsTruncated><NextKeyMarker>k</NextKeyMarker><NextUploadIdMarker>u</NextUploadIdMarker>
            <Upload><Key>p/k</Key><UploadId>u1</UploadId><StorageClass>STANDARD</StorageClass><Initiated>2026-11-26T02:30:00.000Z</Initiated></Upload>
            </ListMultipartUploadsResult>
            """)!);

        Assert.AreSequenceEqual(new[] { new MultipartUploadInfo("p/k", "u1", new DateTimeOffset(2026, 11, 26, 2, 30, 0, TimeSpan.Zero)) }, uploads);
        Assert.IsFalse(truncated);
        Assert.AreEqual(("k", "u"), (nextKey, nextId));
    }

    [TestMethod]
    public void CompleteBody_SortsPartsAndQuotesETags() =>
        Assert.AreEqual(
            "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>\"a\"</ETag></Part><Part><PartNumber>2</PartNumber><ETag>\"b\"</ETag></Part></CompleteMultipartUpload>",
            ObjectStoreXml.CompleteBody([new UploadedPart(2, "b", 1), new UploadedPart(1, "a", 1)]));
}
