using System.Globalization;
using Functions.ObjectStorage.Http;
using Functions.ObjectStorage.Models;
using Functions.ObjectStorage.Xml;

namespace Functions.ObjectStorage;

public sealed partial class ObjectStoreClient
{
    /// <inheritdoc />
    public Task<PutObjectResult> PutObjectAsync(string key, ReadOnlyMemory<byte> content, WriteOptions? options, CancellationToken cancellationToken) =>
        PutObjectAsync(key, RequestBody.From(content), options, cancellationToken);

    /// <inheritdoc />
    public async Task<ObjectDownload> GetObjectAsync(string key, ByteRange? range, CancellationToken cancellationToken)
    {
        var request = new ObjectRequest("GetObject", HttpMethod.Get, CheckKey(key));
        if (range is not null)
        {
            request.WithHeader("range", range.ToHeader());
        }

        var response = await OpenAsync(request, cancellationToken);
        try
        {
            var content = await response.Content.ReadAsStreamAsync(cancellationToken);
            return new ObjectDownload(response, content, Metadata(key, response));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<ObjectMetadata?> HeadObjectAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(
                new ObjectRequest("HeadObject", HttpMethod.Head, CheckKey(key)),
                (response, _) => Task.FromResult(Metadata(key, response)),
                cancellationToken);
        }
        catch (ObjectStorageException e) when (e.StatusCode == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task DeleteObjectAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(new ObjectRequest("DeleteObject", HttpMethod.Delete, CheckKey(key)), static (_, _) => Task.FromResult(true), cancellationToken);
        }
        catch (ObjectStorageException e) when (e.StatusCode == 404)
        {
            // Already gone: the outcome the caller wanted.
        }
    }

    internal Task<PutObjectResult> PutObjectAsync(string key, RequestBody body, WriteOptions? options, CancellationToken cancellationToken) =>
        SendAsync(
            WithWriteHeaders(new ObjectRequest("PutObject", HttpMethod.Put, CheckKey(key)) { Body = body }, options ?? WriteOptions.Default),
            (response, _) => Task.FromResult(new PutObjectResult(ETag(response) ?? "", Crc64(response))),
            cancellationToken);

    private ObjectRequest WithWriteHeaders(ObjectRequest request, WriteOptions options)
    {
        request.WithHeader("content-type", options.ContentType);
        if (options.ServerSideEncryption is { } encryption)
        {
            request.WithHeader(Dialect.HeaderPrefix + "server-side-encryption", encryption);
        }

        if (options.StorageClass is { } storageClass)
        {
            request.WithHeader(Dialect.HeaderPrefix + "storage-class", storageClass);
        }

        foreach (var (name, value) in options.Metadata)
        {
            request.WithHeader(Dialect.MetadataPrefix + name.ToLowerInvariant(), value);
        }

        return request;
    }

    private ObjectMetadata Metadata(string key, HttpResponseMessage response)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in response.Headers)
        {
            if (name.StartsWith(Dialect.MetadataPrefix, StringComparison.OrdinalIgnoreCase))
            {
                metadata[name[Dialect.MetadataPrefix.Length..].ToLowerInvariant()] = string.Join(",", values);
            }
        }

        return new ObjectMetadata(
            key,
            response.Content.Headers.ContentLength ?? 0,
            ETag(response) ?? "",
            response.Content.Headers.LastModified,
            Crc64(response),
            response.Content.Headers.ContentType?.ToString(),
            metadata);
    }

    private static string? ETag(HttpResponseMessage response) =>
        Header(response, "ETag") is { Length: > 0 } etag ? ObjectStoreXml.Unquote(etag) : null;

    private ulong? Crc64(HttpResponseMessage response) =>
        Dialect.Crc64Header is { } name && ulong.TryParse(Header(response, name), NumberStyles.None, CultureInfo.InvariantCulture, out var crc)
            ? crc
            : null;

    // Dot segments would be folded away by URL normalisation and sign a path the server never sees.
    private static string CheckKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Split('/').Any(segment => segment is "." or ".."))
        {
            throw new ArgumentException($"Object key '{key}' has a '.' or '..' segment.", nameof(key));
        }

        return key;
    }
}
