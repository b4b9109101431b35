namespace Functions.Scf.Runtime;

/// <summary>The runtime API answered with an unexpected status.</summary>
/// <param name="path">The endpoint.</param>
/// <param name="statusCode">The status it answered.</param>
public sealed class RuntimeApiException(string path, int statusCode)
    : Exception($"The runtime API answered {statusCode} to {path}.")
{
    /// <summary>The status code.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>True for statuses worth retrying (5xx, 429).</summary>
    public bool IsTransient => StatusCode >= 500 || StatusCode == 429;
}
