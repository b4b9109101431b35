using System.Text.Json;

namespace Functions.TestSupport.CloudApi;

/// <summary>Reads emulated API requests, answering missing or mistyped fields as the service does.</summary>
internal static class JsonRequest
{
    public static string Required(this JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new ApiErrorException("MissingParameter", $"The request is missing the required parameter `{name}`.");

    public static string? Optional(this JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static long? Number(this JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    public static IEnumerable<JsonElement> Array(this JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];
}
