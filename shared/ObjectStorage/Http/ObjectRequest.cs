namespace Functions.ObjectStorage.Http;

/// <summary>One operation's request, before it is addressed and signed (which happens anew on every attempt).</summary>
/// <param name="operation">The operation's name, for errors and logs, e.g. <c>UploadPart</c>.</param>
/// <param name="method">The HTTP method.</param>
/// <param name="key">The object key, or null for the bucket.</param>
internal sealed class ObjectRequest(string operation, HttpMethod method, string? key)
{
    /// <summary>The operation's name.</summary>
    public string Operation { get; } = operation;

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; } = method;

    /// <summary>The object key, or null.</summary>
    public string? Key { get; } = key;

    /// <summary>Query parameters; an empty value is sent as a bare name.</summary>
    public List<KeyValuePair<string, string>> Query { get; } = [];

    /// <summary>Headers, names in lowercase.</summary>
    public List<KeyValuePair<string, string>> Headers { get; } = [];

    /// <summary>The body, or null for none.</summary>
    public RequestBody? Body { get; init; }

    /// <summary>Adds a query parameter.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value (empty for a bare name).</param>
    /// <returns>This request.</returns>
    public ObjectRequest WithQuery(string name, string value = "")
    {
        Query.Add(new(name, value));
        return this;
    }

    /// <summary>Adds a header.</summary>
    /// <param name="name">The name, lowercase.</param>
    /// <param name="value">The value.</param>
    /// <returns>This request.</returns>
    public ObjectRequest WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    /// <summary>What the request is about, for logs.</summary>
    /// <returns>For example <c>UploadPart of 'backups/x.dump'</c>.</returns>
    public override string ToString() => Key is null ? Operation : $"{Operation} of '{Key}'";
}
