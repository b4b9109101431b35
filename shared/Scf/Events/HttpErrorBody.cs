using System.Text.Json.Serialization;

namespace Functions.Scf.Events;

/// <summary>The body of an HTTP error response.</summary>
/// <param name="Error">A short machine-readable code.</param>
/// <param name="Message">What was wrong.</param>
public sealed record HttpErrorBody(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("message")] string Message);
