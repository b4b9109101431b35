using System.Text;
using System.Text.Json;

namespace Functions.Scf.Events;

/// <summary>
/// An HTTP request delivered as an event by a Function URL or an API Gateway integration. Header names are
/// case-insensitive; query values keep every occurrence of a repeated key.
/// </summary>
public sealed record HttpRequestEvent : InvocationEvent
{
    /// <summary>Creates the envelope.</summary>
    /// <param name="json">The whole event.</param>
    /// <param name="method">The HTTP method, upper case.</param>
    /// <param name="path">The request path.</param>
    /// <param name="headers">The headers, keyed case-insensitively.</param>
    /// <param name="query">The query parameters.</param>
    /// <param name="body">The body as delivered (Base64 text when <paramref name="isBase64Encoded"/>).</param>
    /// <param name="isBase64Encoded">Whether <paramref name="body"/> is Base64.</param>
    public HttpRequestEvent(
        JsonElement json,
        string method,
        string path,
        IReadOnlyDictionary<string, string> headers,
        IReadOnlyDictionary<string, IReadOnlyList<string>> query,
        string? body,
        bool isBase64Encoded)
        : base(json)
    {
        Method = method;
        Path = path;
        Headers = headers;
        Query = query;
        Body = body;
        IsBase64Encoded = isBase64Encoded;
    }

    /// <inheritdoc />
    public override EventKind Kind => EventKind.Http;

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The request path.</summary>
    public string Path { get; }

    /// <summary>The headers, keyed case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The query parameters; a key without a value maps to an empty string.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Query { get; }

    /// <summary>The body as delivered.</summary>
    public string? Body { get; }

    /// <summary>Whether <see cref="Body"/> is Base64 text.</summary>
    public bool IsBase64Encoded { get; }

    /// <summary>The number of bytes the body decodes to.</summary>
    public long BodyLength => Body is null ? 0 : IsBase64Encoded ? (long)Body.Length * 3 / 4 : Encoding.UTF8.GetByteCount(Body);

    /// <summary>A header's value, or null.</summary>
    /// <param name="name">The header's name, in any case.</param>
    /// <returns>The value, or null when absent.</returns>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The first value of a query parameter, or null.</summary>
    /// <param name="name">The parameter's name (case-sensitive).</param>
    /// <returns>The first value, or null when absent.</returns>
    public string? QueryValue(string name) => Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>The body's bytes, decoding Base64 when the request says so.</summary>
    /// <returns>The bytes (empty when there is no body).</returns>
    /// <exception cref="Errors.EventFormatException">The body claims to be Base64 but is not.</exception>
    public byte[] BodyBytes()
    {
        if (string.IsNullOrEmpty(Body))
        {
            return [];
        }

        if (!IsBase64Encoded)
        {
            return Encoding.UTF8.GetBytes(Body);
        }

        try
        {
            return Convert.FromBase64String(Body);
        }
        catch (FormatException e)
        {
            throw new Errors.EventFormatException("http event field 'body' is marked isBase64Encoded but is not valid Base64.", e);
        }
    }
}
