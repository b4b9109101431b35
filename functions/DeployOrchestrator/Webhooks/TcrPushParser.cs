using System.Text.Json;
using Functions.Scf.Errors;

namespace Functions.DeployOrchestrator.Webhooks;

/// <summary>
/// Reads TCR's (Enterprise Edition) trigger payload: <c>type</c> <c>pushImage</c>, <c>event_data.resources[]</c>
/// with <c>digest</c>, <c>tag</c> and <c>resource_url</c>, and <c>event_data.repository.repo_full_name</c>. Other
/// event types are not errors: they are acknowledged and ignored by the caller.
/// </summary>
internal static class TcrPushParser
{
    /// <summary>The largest body read.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>The event's type and its pushed images (empty for other types).</summary>
    /// <param name="body">The webhook body.</param>
    /// <returns>The type and the pushes.</returns>
    /// <exception cref="EventFormatException">The body is not JSON or misses a field a push needs; the message names it.</exception>
    public static (string Type, IReadOnlyList<ImagePush> Pushes) Parse(ReadOnlySpan<byte> body)
    {
        if (body.Length > MaxBodyBytes)
        {
            throw new EventFormatException($"TCR webhook body is {body.Length} bytes, more than {MaxBodyBytes}.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException e)
        {
            throw new EventFormatException($"TCR webhook body is not JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()!
                : throw new EventFormatException("TCR webhook field 'type' is missing (expected a string such as \"pushImage\").");
            if (type != "pushImage")
            {
                return (type, []);
            }

            var data = Object(root, "event_data");
            var repository = String(Object(data, "event_data.repository"), "repo_full_name", "event_data.repository.repo_full_name");
            if (!data.TryGetProperty("resources", out var resources) || resources.ValueKind != JsonValueKind.Array)
            {
                throw new EventFormatException("TCR webhook field 'event_data.resources' is missing (expected an array).");
            }

            var pushes = new List<ImagePush>();
            var index = 0;
            foreach (var resource in resources.EnumerateArray())
            {
                var path = $"event_data.resources[{index++}]";
                var digest = String(resource, "digest", $"{path}.digest");
                if (!digest.StartsWith("sha256:", StringComparison.Ordinal) || digest.Length != 71)
                {
                    throw new EventFormatException($"TCR webhook field '{path}.digest' must be sha256: and 64 hex digits.");
                }

                pushes.Add(new ImagePush(repository, String(resource, "tag", $"{path}.tag"), digest, String(resource, "resource_url", $"{path}.resource_url")));
            }

            return (type, pushes);
        }
    }

    private static JsonElement Object(JsonElement parent, string name)
    {
        var leaf = name[(name.LastIndexOf('.') + 1)..];
        return parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(leaf, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw new EventFormatException($"TCR webhook field '{name}' is missing (expected an object).");
    }

    private static string String(JsonElement parent, string name, string path) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new EventFormatException($"TCR webhook field '{path}' is missing (expected a non-empty string).");
}
