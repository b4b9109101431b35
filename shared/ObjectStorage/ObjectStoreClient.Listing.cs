using System.Globalization;
using System.Runtime.CompilerServices;
using Functions.ObjectStorage.Http;
using Functions.ObjectStorage.Logging;
using Functions.ObjectStorage.Models;
using Functions.ObjectStorage.Xml;

namespace Functions.ObjectStorage;

public sealed partial class ObjectStoreClient
{
    /// <inheritdoc />
    public Task<ObjectListing> ListObjectsAsync(string prefix, string? marker, int maxKeys, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxKeys, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxKeys, 1000);
        var request = new ObjectRequest("ListObjects", HttpMethod.Get, key: null)
            .WithQuery("prefix", prefix)
            .WithQuery("max-keys", maxKeys.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(marker))
        {
            request.WithQuery("marker", marker);
        }

        return SendAsync(request, async (response, token) => ObjectStoreXml.Listing(await RootAsync(request, response, token)), cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ObjectSummary> ListAllObjectsAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? marker = null;
        while (true)
        {
            var page = await ListObjectsAsync(prefix, marker, 1000, cancellationToken);
            foreach (var summary in page.Objects)
            {
                yield return summary;
            }

            if (!page.IsTruncated)
            {
                yield break;
            }

            if (page.NextMarker is null || string.CompareOrdinal(page.NextMarker, marker) <= 0)
            {
                throw new ObjectStorageException("ListObjects", null, 200, "InvalidMarker", $"a truncated page under '{prefix}' gave no marker past '{marker}'");
            }

            marker = page.NextMarker;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MultipartUploadInfo>> ListMultipartUploadsAsync(string prefix, CancellationToken cancellationToken)
    {
        var uploads = new List<MultipartUploadInfo>();
        string? keyMarker = null;
        string? idMarker = null;
        while (true)
        {
            var request = new ObjectRequest("ListMultipartUploads", HttpMethod.Get, key: null).WithQuery("uploads").WithQuery("prefix", prefix);
            if (keyMarker is not null)
            {
                request.WithQuery("key-marker", keyMarker).WithQuery("upload-id-marker", idMarker ?? "");
            }

            var page = await SendAsync(request, async (response, token) => ObjectStoreXml.Uploads(await RootAsync(request, response, token)), cancellationToken);
            uploads.AddRange(page.Uploads);
            if (!page.IsTruncated || page.NextKey is null || (page.NextKey == keyMarker && page.NextUploadId == idMarker))
            {
                return uploads;
            }

            (keyMarker, idMarker) = (page.NextKey, page.NextUploadId);
        }
    }

    /// <inheritdoc />
    public async Task<int> AbortStaleUploadsAsync(string prefix, TimeSpan gracePeriod, CancellationToken cancellationToken)
    {
        var cutoff = _time.GetUtcNow() - gracePeriod;
        var aborted = 0;
        foreach (var upload in await ListMultipartUploadsAsync(prefix, cancellationToken))
        {
            if (upload.Initiated < cutoff)
            {
                await AbortMultipartUploadAsync(upload.Key, upload.UploadId, cancellationToken);
                _logger.StaleUploadAborted(upload.Key, upload.UploadId, upload.Initiated);
                aborted++;
            }
        }

        return aborted;
    }

    // The body of a 2xx answer, which must be XML and may still be an <Error> (COS's 200 on Complete).
    private async Task<System.Xml.Linq.XElement> RootAsync(ObjectRequest request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        System.Xml.Linq.XElement? root;
        try
        {
            root = ObjectStoreXml.Root(await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (FormatException e)
        {
            throw new ObjectStorageException(request.Operation, request.Key, status, "MalformedXML", e.Message, Header(response, Dialect.RequestIdHeader));
        }

        if (ObjectStoreXml.Error(root) is { } error)
        {
            throw new ObjectStorageException(
                request.Operation, request.Key, status, error.Code, error.Message, error.RequestId ?? Header(response, Dialect.RequestIdHeader), error.Resource);
        }

        return root ?? throw new ObjectStorageException(request.Operation, request.Key, status, "EmptyResponse", "the answer had no body");
    }
}
