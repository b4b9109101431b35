namespace Functions.TencentCloud.Scf;

/// <summary>Invoke request: runs a function synchronously (RequestResponse) or asynchronously (Event).</summary>
public sealed record InvokeRequest
{
    /// <summary>The function.</summary>
    public required string FunctionName { get; init; }

    /// <summary>RequestResponse (default) or Event.</summary>
    public string? InvocationType { get; init; }

    /// <summary>Version or alias (default $LATEST).</summary>
    public string? Qualifier { get; init; }

    /// <summary>The event, as a JSON string (6 MB sync, 128 KB async).</summary>
    public string? ClientContext { get; init; }

    /// <summary>None or Tail.</summary>
    public string? LogType { get; init; }

    /// <summary>The namespace (default: default).</summary>
    public string? Namespace { get; init; }
}

/// <summary>Invoke response.</summary>
public sealed record InvokeResponse
{
    /// <summary>The outcome; only FunctionRequestId is set for Event invokes.</summary>
    public InvokeResult? Result { get; init; }

    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
}
