using System.Globalization;
using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Functions.TestSupport.ObjectStorage;

public sealed partial class ObjectStorageEmulator
{
    private const int MinimumPartSize = 1024 * 1024;

    private Task InitiateAsync(HttpContext context, string key)
    {
        var uploadId = Guid.NewGuid().ToString("N");
        _uploads[uploadId] = new EmulatedUpload(key, TimeProvider.System.GetUtcNow(), StoredHeaders(context.Request.Headers));
        return XmlAsync(context, new XElement(
            "InitiateMultipartUploadResult", new XElement("Bucket", Bucket), new XElement("Key", key), new XElement("UploadId", uploadId)));
    }

    private Task UploadPartAsync(HttpContext context, int partNumber, byte[] body, bool cos)
    {
        if (!_uploads.TryGetValue(context.Request.Query["uploadId"].ToString(), out var upload))
        {
            return ErrorAsync(context, 404, "NoSuchUpload", "The specified upload does not exist.");
        }

        var etag = Convert.ToHexStringLower(MD5.HashData(body));
        upload.Parts[partNumber] = (body, etag);
        return Written(context, etag, body, cos);
    }

    private async Task CompleteAsync(HttpContext context, string key, byte[] body, bool cos)
    {
        var uploadId = context.Request.Query["uploadId"].ToString();
        if (!_uploads.TryGetValue(uploadId, out var upload))
        {
            await ErrorAsync(context, 404, "NoSuchUpload", "The specified upload does not exist.");
            return;
        }

        var listed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(body)).Root!.Elements("Part")
            .Select(p => (Number: int.Parse(p.Element("PartNumber")!.Value, CultureInfo.InvariantCulture), ETag: p.Element("ETag")!.Value.Trim('"')))
            .ToArray();
        if (listed.Length == 0 || listed.Select(p => p.Number).Order().SequenceEqual(listed.Select(p => p.Number)) is false)
        {
            await ErrorAsync(context, 400, "InvalidPartOrder", "The list of parts was not in ascending order.");
            return;
        }

        if (listed.Any(p => !upload.Parts.TryGetValue(p.Number, out var part) || part.ETag != p.ETag))
        {
            await ErrorAsync(context, 400, "InvalidPart", "One or more of the specified parts could not be found.");
            return;
        }

        if (listed[..^1].Any(p => upload.Parts[p.Number].Data.Length < MinimumPartSize))
        {
            await ErrorAsync(context, 400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed object size.");
            return;
        }

        var data = listed.SelectMany(p => upload.Parts[p.Number].Data).ToArray();
        var etag = $"{Convert.ToHexStringLower(MD5.HashData(listed.SelectMany(p => Convert.FromHexString(p.ETag)).ToArray()))}-{listed.Length}";
        _objects[key] = new EmulatedObject(data, etag, TimeProvider.System.GetUtcNow(), upload.Headers);
        _uploads.TryRemove(uploadId, out _);
        await Written(context, etag, data, cos);
        await XmlAsync(context, new XElement(
            "CompleteMultipartUploadResult",
            new XElement("Location", $"{Endpoint}{Bucket}/{key}"),
            new XElement("Bucket", Bucket),
            new XElement("Key", key),
            new XElement("ETag", $"\"{etag}\"")));
    }

    private Task AbortAsync(HttpContext context)
    {
        if (!_uploads.TryRemove(context.Request.Query["uploadId"].ToString(), out _))
        {
            return ErrorAsync(context, 404, "NoSuchUpload", "The specified upload does not exist.");
        }

        context.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    private Task ListPartsAsync(HttpContext context)
    {
        if (!_uploads.TryGetValue(context.Request.Query["uploadId"].ToString(), out var upload))
        {
            return ErrorAsync(context, 404, "NoSuchUpload", "The specified upload does not exist.");
        }

        return XmlAsync(context, new XElement(
            "ListPartsResult",
            new XElement("Bucket", Bucket),
            new XElement("Key", upload.Key),
            new XElement("IsTruncated", "false"),
            upload.Parts.OrderBy(p => p.Key).Select(p => new XElement(
                "Part",
                new XElement("PartNumber", p.Key),
                new XElement("ETag", $"\"{p.Value.ETag}\""),
                new XElement("Size", p.Value.Data.Length)))));
    }

    private Task ListUploadsAsync(HttpContext context)
    {
        var prefix = context.Request.Query["prefix"].ToString();
        return XmlAsync(context, new XElement(
            "ListMultipartUploadsResult",
            new XElement("Bucket", Bucket),
            new XElement("IsTruncated", "false"),
            _uploads.Where(u => u.Value.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(u => new XElement(
                "Upload",
                new XElement("Key", u.Value.Key),
                new XElement("UploadId", u.Key),
                new XElement("Initiated", u.Value.Initiated.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))))));
    }
}
