using System.Text.RegularExpressions;

namespace Functions.ObjectStorage.Configuration;

/// <summary>A repository: <c>cos://&lt;bucket-appid&gt;/&lt;prefix&gt;</c> or <c>s3://&lt;bucket&gt;/&lt;prefix&gt;</c>.</summary>
/// <param name="Kind">The service kind.</param>
/// <param name="Bucket">The bucket (for COS with its <c>-appid</c> suffix).</param>
/// <param name="Prefix">The key prefix, empty or ending with '/'.</param>
public sealed partial record ObjectStoreLocation(ObjectStoreKind Kind, string Bucket, string Prefix)
{
    /// <summary>Parses a repository URL.</summary>
    /// <param name="value">The URL.</param>
    /// <returns>The location.</returns>
    /// <exception cref="FormatException">The message is phrased to follow the variable's name.</exception>
    public static ObjectStoreLocation Parse(string value)
    {
        var separator = value.IndexOf("://", StringComparison.Ordinal);
        var scheme = separator < 0 ? null : value[..separator].ToLowerInvariant();
        var kind = scheme switch
        {
            "cos" => ObjectStoreKind.Cos,
            "s3" => ObjectStoreKind.S3,
            _ => throw new FormatException(
                "must be cos://<bucket-appid>/<prefix> or s3://<bucket>/<prefix>; got " + (scheme is null ? "no URL scheme" : $"a '{scheme}://' URL")),
        };

        var rest = value[(separator + 3)..];
        if (rest.Contains('?', StringComparison.Ordinal) || rest.Contains('#', StringComparison.Ordinal) || rest.Contains('@', StringComparison.Ordinal))
        {
            throw new FormatException($"must be a plain {scheme}://bucket/prefix URL without credentials, query or fragment");
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? "" : rest[(slash + 1)..].Trim('/');
        if (kind == ObjectStoreKind.Cos && !CosBucket().IsMatch(bucket))
        {
            throw new FormatException($"must name a COS bucket as <name>-<appid> (lowercase letters, digits and '-', then the numeric APPID), e.g. cos://backups-1250000000/superinsight; got '{bucket}'");
        }

        if (kind == ObjectStoreKind.S3 && !S3Bucket().IsMatch(bucket))
        {
            throw new FormatException($"must name an S3 bucket of 3 to 63 lowercase letters, digits, '.' and '-', e.g. s3://backups/superinsight; got '{bucket}'");
        }

        if (prefix.Split('/').Any(segment => segment is "" or "." or "..") && prefix.Length > 0)
        {
            throw new FormatException("has an empty, '.' or '..' segment in its prefix");
        }

        return new ObjectStoreLocation(kind, bucket, prefix.Length == 0 ? "" : prefix + "/");
    }

    /// <summary>The full key of a name under the prefix.</summary>
    /// <param name="name">The name, e.g. <c>2026-11-27/manifest.json</c>.</param>
    /// <returns>The key.</returns>
    public string Key(string name) => Prefix + name.TrimStart('/');

    /// <inheritdoc />
    public override string ToString() => $"{(Kind == ObjectStoreKind.Cos ? "cos" : "s3")}://{Bucket}/{Prefix}";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*-[0-9]+$")]
    private static partial Regex CosBucket();

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex S3Bucket();
}
