using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Functions.ObjectStorage.Models;

namespace Functions.ObjectStorage.Xml;

/// <summary>
/// The XML of the COS and S3 answers (reference §4.1), read by local name so S3's namespace and COS's lack of one
/// read alike. XDocument only: no serializer, so NativeAOT has nothing to trim away.
/// </summary>
internal static class ObjectStoreXml
{
    /// <summary>Parses a body; COS may send whitespace before the XML while it merges parts.</summary>
    /// <param name="text">The body.</param>
    /// <returns>The root element, or null for an empty body.</returns>
    /// <exception cref="FormatException">The body is not XML.</exception>
    public static XElement? Root(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0)
        {
            return null;
        }

        try
        {
            return XDocument.Parse(trimmed).Root;
        }
        catch (XmlException e)
        {
            throw new FormatException($"The service answered with malformed XML: {e.Message}", e);
        }
    }

    /// <summary>The error in a body, when its root is <c>&lt;Error&gt;</c>.</summary>
    /// <param name="root">The root element.</param>
    /// <returns>The error, or null.</returns>
    public static ServiceError? Error(XElement? root) =>
        root is { Name.LocalName: "Error" }
            ? new ServiceError(Text(root, "Code") ?? "UnknownError", Text(root, "Message"), Text(root, "Resource"), Text(root, "RequestId"))
            : null;

    /// <summary>The upload id of an Initiate Multipart Upload answer.</summary>
    /// <param name="root">The root element.</param>
    /// <returns>The id, or null when missing.</returns>
    public static string? UploadId(XElement? root) => root is null ? null : Text(root, "UploadId");

    /// <summary>The ETag of a Complete Multipart Upload answer (null when missing: an error even with a 200).</summary>
    /// <param name="root">The root element.</param>
    /// <returns>The ETag without quotes.</returns>
    public static string? CompleteETag(XElement? root) =>
        root is { Name.LocalName: "CompleteMultipartUploadResult" } && Text(root, "ETag") is { Length: > 0 } etag ? Unquote(etag) : null;

    /// <summary>A List Objects (v1) page.</summary>
    /// <param name="root">The root element.</param>
    /// <returns>The page.</returns>
    public static ObjectListing Listing(XElement root)
    {
        var objects = Children(root, "Contents")
            .Select(c => new ObjectSummary(
                Text(c, "Key") ?? "",
                Number(c, "Size"),
                Unquote(Text(c, "ETag") ?? ""),
                Time(Text(c, "LastModified")),
                Text(c, "StorageClass")))
            .ToArray();
        var prefixes = Children(root, "CommonPrefixes").Select(p => Text(p, "Prefix") ?? "").ToArray();
        var truncated = Flag(root, "IsTruncated");
        var next = Text(root, "NextMarker");
        if (truncated && string.IsNullOrEmpty(next))
        {
            // S3 sends NextMarker only with a delimiter; the last key (or prefix) is the marker then.
            next = new[] { objects.LastOrDefault()?.Key, prefixes.LastOrDefault() }.Where(k => k is not null).Max(StringComparer.Ordinal);
        }

        return new ObjectListing(objects, prefixes, truncated, truncated ? next : null);
    }

    /// <summary>A List Parts page.</summary>
    /// <param name="root">The root element.</param>
    /// <returns>The parts, whether more follow, and the marker of the next page.</returns>
    public static (IReadOnlyList<UploadedPart> Parts, bool IsTruncated, string? NextMarker) Parts(XElement root) =>
    (
        Children(root, "Part")
            .Select(p => new UploadedPart((int)Number(p, "PartNumber"), Unquote(Text(p, "ETag") ?? ""), Number(p, "Size")))
            .ToArray(),
        Flag(root, "IsTruncated"),
        Text(root, "NextPartNumberMarker")
    );

    /// <summary>A List Multipart Uploads page.</summary>
    /// <param name="root">The root element.</param>
    /// <returns>The uploads, whether more follow, and the markers of the next page.</returns>
    public static (IReadOnlyList<MultipartUploadInfo> Uploads, bool IsTruncated, string? NextKey, string? NextUploadId) Uploads(XElement root) =>
    (
        Children(root, "Upload")
            .Select(u => new MultipartUploadInfo(Text(u, "Key") ?? "", Text(u, "UploadId") ?? "", Time(Text(u, "Initiated"))))
            .ToArray(),
        Flag(root, "IsTruncated"),
        Text(root, "NextKeyMarker"),
        Text(root, "NextUploadIdMarker")
    );

    /// <summary>The body of Complete Multipart Upload: parts in ascending number.</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>The XML.</returns>
    public static string CompleteBody(IEnumerable<UploadedPart> parts) =>
        new XElement(
            "CompleteMultipartUpload",
            parts.OrderBy(p => p.PartNumber).Select(p => new XElement(
                "Part",
                new XElement("PartNumber", p.PartNumber.ToString(CultureInfo.InvariantCulture)),
                new XElement("ETag", $"\"{p.ETag}\"")))).ToString(SaveOptions.DisableFormatting);

    /// <summary>Strips the quotes of an ETag.</summary>
    /// <param name="etag">The ETag as sent.</param>
    /// <returns>The bare value.</returns>
    public static string Unquote(string etag) => etag.Trim().Trim('"');

    private static IEnumerable<XElement> Children(XElement parent, string name) => parent.Elements().Where(e => e.Name.LocalName == name);

    private static string? Text(XElement parent, string name) => Children(parent, name).FirstOrDefault()?.Value;

    private static bool Flag(XElement parent, string name) => string.Equals(Text(parent, name), "true", StringComparison.OrdinalIgnoreCase);

    private static long Number(XElement parent, string name) =>
        long.TryParse(Text(parent, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static DateTimeOffset Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : DateTimeOffset.MinValue;
}
