using System.Text;
using Functions.ObjectStorage.Signing;

namespace Functions.ObjectStorage.Http;

/// <summary>
/// Turns a bucket and a key into a URL: virtual-hosted (<c>https://bucket.host/key</c>) or path-style
/// (<c>https://host/bucket/key</c>).
/// </summary>
internal sealed class ObjectStoreEndpoint
{
    private readonly Uri _base;
    private readonly string _pathPrefix;

    /// <summary>Creates the endpoint.</summary>
    /// <param name="serviceUri">scheme://host[:port] of the service, or of the bucket itself when virtual-hosted.</param>
    /// <param name="bucket">The bucket.</param>
    /// <param name="pathStyle">Whether the bucket goes in the path.</param>
    public ObjectStoreEndpoint(Uri serviceUri, string bucket, bool pathStyle)
    {
        _base = new Uri(serviceUri.GetLeftPart(UriPartial.Authority));
        _pathPrefix = pathStyle ? "/" + bucket : "";
        PathStyle = pathStyle;
    }

    /// <summary>Whether the bucket goes in the path.</summary>
    public bool PathStyle { get; }

    /// <summary>The service's address, for reports (never holds credentials).</summary>
    public string Describe() => _base.GetLeftPart(UriPartial.Authority) + _pathPrefix;

    /// <summary>The target of a request.</summary>
    /// <param name="key">The object key, or null for a bucket-level request.</param>
    /// <param name="query">The query parameters; an empty value is sent as a bare name (<c>?uploads</c>).</param>
    /// <returns>The target.</returns>
    public RequestTarget Target(string? key, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var decoded = key is null ? (_pathPrefix.Length == 0 ? "/" : _pathPrefix) : $"{_pathPrefix}/{key}";
        var encoded = key is null ? decoded : $"{_pathPrefix}/{UriEncoder.Encode(key, keepSlash: true)}";
        var builder = new StringBuilder(encoded);
        for (var i = 0; i < query.Count; i++)
        {
            builder.Append(i == 0 ? '?' : '&').Append(UriEncoder.Encode(query[i].Key));
            if (query[i].Value.Length > 0)
            {
                builder.Append('=').Append(UriEncoder.Encode(query[i].Value));
            }
        }

        var uri = new Uri(_base, builder.ToString());
        return new RequestTarget(uri, uri.IsDefaultPort ? uri.Host : uri.Authority, encoded, decoded, query);
    }
}
