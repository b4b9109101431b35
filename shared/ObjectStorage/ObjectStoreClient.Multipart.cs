using System.Globalization;
using System.Text;
using Functions.ObjectStorage.Http;
using Functions.ObjectStorage.Models;
using Functions.ObjectStorage.Xml;

namespace Functions.ObjectStorage;

public sealed partial class ObjectStoreClient
{
    /// <inheritdoc />
    public Task<string> InitiateMultipartUploadAsync(string key, WriteOptions? options, CancellationToken cancellationToken)
    {
        var request = WithWriteHeaders(
            new ObjectRequest("InitiateMultipartUpload", HttpMethod.Post, CheckKey(key)) { Body = RequestBody.Empty }.WithQuery("uploads"),
            options ?? WriteOptions.Default);
        return SendAsync(
            request,
            async (response, token) => ObjectStoreXml.UploadId(await RootAsync(request, response, token))
                ?? throw new ObjectStorageException(request.Operation, key, (int)response.StatusCode, "MissingUploadId", "the answer had no UploadId"),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<UploadedPart> UploadPartAsync(string key, string uploadId, int partNumber, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        UploadPartAsync(key, uploadId, partNumber, RequestBody.From(content), cancellationToken);

    /// <inheritdoc />
    public Task<PutObjectResult> CompleteMultipartUploadAsync(string key, string uploadId, IReadOnlyList<UploadedPart> parts, CancellationToken cancellationToken)
    {
        var body = RequestBody.From(Encoding.UTF8.GetBytes(ObjectStoreXml.CompleteBody(parts)));
        var request = new ObjectRequest("CompleteMultipartUpload", HttpMethod.Post, CheckKey(key)) { Body = body }
            .WithQuery("uploadId", uploadId)
            .WithHeader("content-type", "application/xml");
        return SendAsync(
            request,
            async (response, token) =>
            {
                // COS answers 200 at once and may still report an error in the body; no ETag is an error too.
                var root = await RootAsync(request, response, token);
                var etag = ObjectStoreXml.CompleteETag(root)
                    ?? throw new ObjectStorageException(request.Operation, key, (int)response.StatusCode, "MissingETag", "the answer had no ETag");
                return new PutObjectResult(etag, Crc64(response));
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task AbortMultipartUploadAsync(string key, string uploadId, CancellationToken cancellationToken) =>
        SendAsync(
            new ObjectRequest("AbortMultipartUpload", HttpMethod.Delete, CheckKey(key)).WithQuery("uploadId", uploadId),
            static (_, _) => Task.FromResult(true),
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<UploadedPart>> ListPartsAsync(string key, string uploadId, CancellationToken cancellationToken)
    {
        var parts = new List<UploadedPart>();
        string? marker = null;
        while (true)
        {
            var request = new ObjectRequest("ListParts", HttpMethod.Get, CheckKey(key)).WithQuery("uploadId", uploadId);
            if (marker is not null)
            {
                request.WithQuery("part-number-marker", marker);
            }

            var page = await SendAsync(request, async (response, token) => ObjectStoreXml.Parts(await RootAsync(request, response, token)), cancellationToken);
            parts.AddRange(page.Parts);
            if (!page.IsTruncated || page.NextMarker is null || page.NextMarker == marker)
            {
                return parts;
            }

            marker = page.NextMarker;
        }
    }

    internal Task<UploadedPart> UploadPartAsync(string key, string uploadId, int partNumber, RequestBody body, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(partNumber, Upload.PartSizer.MaxParts);
        var request = new ObjectRequest("UploadPart", HttpMethod.Put, CheckKey(key)) { Body = body }
            .WithQuery("partNumber", partNumber.ToString(CultureInfo.InvariantCulture))
            .WithQuery("uploadId", uploadId);
        return SendAsync(
            request,
            (response, _) => Task.FromResult(new UploadedPart(
                partNumber,
                ETag(response) ?? throw new ObjectStorageException(request.Operation, key, (int)response.StatusCode, "MissingETag", $"part {partNumber} got no ETag"),
                body.Length)),
            cancellationToken);
    }
}
