using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Functions.ObjectStorage.Hashing;
using Microsoft.AspNetCore.Http;

namespace Functions.TestSupport.ObjectStorage;

public sealed partial class ObjectStorageEmulator
{
    private const string Crc64Header = "x-cos-hash-crc64ecma";

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var path = context.Request.Path.Value ?? "/";
        var bucketPrefix = "/" + Bucket;
        if (!path.StartsWith(bucketPrefix, StringComparison.Ordinal))
        {
            await ErrorAsync(context, 404, "NoSuchBucket", "The specified bucket does not exist.");
            return;
        }

        if (Verify(context, body) is { } rejection)
        {
            _rejections.Enqueue(rejection);
            await ErrorAsync(context, 403, "SignatureDoesNotMatch", rejection);
            return;
        }

        var key = path.Length > bucketPrefix.Length + 1 ? path[(bucketPrefix.Length + 1)..] : null;
        var query = context.Request.Query;
        int? partNumber = int.TryParse(query["partNumber"], CultureInfo.InvariantCulture, out var n) ? n : null;
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method, key, context.Request.QueryString.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal)));
        var cos = context.Request.Headers.Authorization.ToString().StartsWith("q-sign", StringComparison.Ordinal);
        var fault = key is null ? null : TakeFault(context.Request.Method, key, query);
        switch (fault)
        {
            case EmulatorFault.SlowDown:
                await ErrorAsync(context, 503, "SlowDown", "Please reduce your request rate.");
                return;
            case EmulatorFault.InternalError:
                await ErrorAsync(context, 500, "InternalError", "We encountered an internal error. Please try again.");
                return;
            case EmulatorFault.DropConnection:
                context.Abort();
                return;
            case EmulatorFault.ErrorIn200:
                await ErrorAsync(context, 200, "InternalError", "We encountered an internal error. Please try again.");
                return;
        }

        await ((context.Request.Method, key, query.ContainsKey("uploads"), query.ContainsKey("uploadId")) switch
        {
            ("GET", null, false, _) => ListObjectsAsync(context),
            ("GET", null, true, _) => ListUploadsAsync(context),
            ("PUT", { } k, _, false) => PutObjectAsync(context, k, body, cos),
            ("GET" or "HEAD", { } k, _, false) => GetObjectAsync(context, k, cos),
            ("DELETE", { } k, _, false) => DeleteObjectAsync(context, k),
            ("POST", { } k, true, _) => InitiateAsync(context, k),
            ("PUT", _, _, true) => UploadPartAsync(context, partNumber ?? 0, body, cos),
            ("POST", { } k, _, true) => CompleteAsync(context, k, body, cos),
            ("DELETE", _, _, true) => AbortAsync(context),
            ("GET", _, _, true) => ListPartsAsync(context),
            _ => ErrorAsync(context, 405, "MethodNotAllowed", "The specified method is not allowed against this resource."),
        });
    }

    private Task PutObjectAsync(HttpContext context, string key, byte[] body, bool cos)
    {
        var etag = Convert.ToHexStringLower(MD5.HashData(body));
        _objects[key] = new EmulatedObject(body, etag, TimeProvider.System.GetUtcNow(), StoredHeaders(context.Request.Headers));
        return Written(context, etag, body, cos);
    }

    private async Task GetObjectAsync(HttpContext context, string key, bool cos)
    {
        if (!_objects.TryGetValue(key, out var stored))
        {
            await ErrorAsync(context, 404, "NoSuchKey", "The specified key does not exist.", key);
            return;
        }

        var data = stored.Data;
        var range = context.Request.Headers.Range.ToString();
        if (range.StartsWith("bytes=", StringComparison.Ordinal))
        {
            var bounds = range[6..].Split('-');
            var from = long.Parse(bounds[0], CultureInfo.InvariantCulture);
            var to = bounds[1].Length == 0 ? data.Length - 1 : Math.Min(long.Parse(bounds[1], CultureInfo.InvariantCulture), data.Length - 1);
            context.Response.StatusCode = 206;
            context.Response.Headers.ContentRange = FormattableString.Invariant($"bytes {from}-{to}/{data.Length}");
            data = data[(int)from..(int)(to + 1)];
        }

        foreach (var (name, value) in stored.Headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.Headers.ETag = $"\"{stored.ETag}\"";
        context.Response.Headers.LastModified = stored.LastModified.ToString("R", CultureInfo.InvariantCulture);
        if (cos)
        {
            context.Response.Headers[Crc64Header] = Crc64Xz.Compute(stored.Data).ToString(CultureInfo.InvariantCulture);
        }

        context.Response.ContentLength = data.Length;
        if (context.Request.Method == "GET")
        {
            await context.Response.Body.WriteAsync(data);
        }
    }

    private Task DeleteObjectAsync(HttpContext context, string key)
    {
        _objects.TryRemove(key, out _);
        context.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    private Task ListObjectsAsync(HttpContext context)
    {
        var prefix = context.Request.Query["prefix"].ToString();
        var marker = context.Request.Query["marker"].ToString();
        var max = int.TryParse(context.Request.Query["max-keys"], CultureInfo.InvariantCulture, out var m) ? m : 1000;
        var keys = _objects.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && string.CompareOrdinal(k, marker) > 0).Order(StringComparer.Ordinal).ToArray();
        var page = keys.Take(max).ToArray();
        var truncated = keys.Length > max;
        return XmlAsync(context, new XElement(
            "ListBucketResult",
            new XElement("Name", Bucket),
            new XElement("Prefix", prefix),
            new XElement("Marker", marker),
            new XElement("MaxKeys", max),
            new XElement("IsTruncated", truncated ? "true" : "false"),
            truncated ? new XElement("NextMarker", page[^1]) : null,
            page.Select(k => new XElement(
                "Contents",
                new XElement("Key", k),
                new XElement("LastModified", _objects[k].LastModified.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
                new XElement("ETag", $"\"{_objects[k].ETag}\""),
                new XElement("Size", _objects[k].Data.Length),
                new XElement("StorageClass", "STANDARD")))));
    }

    private static IReadOnlyDictionary<string, string> StoredHeaders(IHeaderDictionary headers) =>
        headers
            .Where(h => h.Key.StartsWith("x-cos-", StringComparison.OrdinalIgnoreCase) || h.Key.StartsWith("x-amz-meta-", StringComparison.OrdinalIgnoreCase)
                || h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            .Where(h => !h.Key.Equals("x-cos-security-token", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);

    private static Task Written(HttpContext context, string etag, byte[] data, bool cos)
    {
        context.Response.Headers.ETag = $"\"{etag}\"";
        if (cos)
        {
            context.Response.Headers[Crc64Header] = Crc64Xz.Compute(data).ToString(CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }

    private static Task ErrorAsync(HttpContext context, int status, string code, string message, string? resource = null) =>
        XmlAsync(context, new XElement(
            "Error",
            new XElement("Code", code),
            new XElement("Message", message),
            new XElement("Resource", resource ?? context.Request.Path.Value),
            new XElement("RequestId", Guid.NewGuid().ToString("N"))), status);

    private static async Task XmlAsync(HttpContext context, XElement root, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/xml";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(new XDocument(new XDeclaration("1.0", "UTF-8", null), root).ToString()));
    }
}
