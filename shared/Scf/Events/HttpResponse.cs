using System.Text.Json.Serialization;
using Functions.Scf.Serialization;

namespace Functions.Scf.Events;

/// <summary>
/// The integration-response shape a Function URL or API Gateway expects back:
/// <c>{"isBase64Encoded":false,"statusCode":200,"headers":{…},"body":"…"}</c>.
/// </summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Headers">Response headers.</param>
/// <param name="Body">The body text (Base64 when <paramref name="IsBase64Encoded"/>).</param>
/// <param name="IsBase64Encoded">Whether the body is Base64.</param>
public sealed record HttpResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("headers")] IReadOnlyDictionary<string, string> Headers,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("isBase64Encoded")] bool IsBase64Encoded = false)
{
    private static readonly IReadOnlyDictionary<string, string> JsonHeaders =
        new Dictionary<string, string> { ["Content-Type"] = "application/json; charset=utf-8" };

    /// <summary>A JSON response.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <param name="json">The JSON text of the body.</param>
    /// <returns>The response.</returns>
    public static HttpResponse Json(int statusCode, string json) => new(statusCode, JsonHeaders, json);

    /// <summary>A JSON error body <c>{"error":code,"message":…}</c> with the given status.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <param name="error">A short machine-readable error code.</param>
    /// <param name="message">What was wrong.</param>
    /// <returns>The response.</returns>
    public static HttpResponse Error(int statusCode, string error, string message) =>
        Json(statusCode, ScfJson.Serialize(new HttpErrorBody(error, message), ScfJson.Context.HttpErrorBody));
}
