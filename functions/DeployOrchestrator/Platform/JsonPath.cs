using System.Globalization;
using System.Text.Json;

namespace Functions.DeployOrchestrator.Platform;

/// <summary>Dotted paths into JSON (<c>checks.db.status</c>; a numeric segment indexes an array) and values as text.</summary>
internal static class JsonPath
{
    /// <summary>The value at <paramref name="path"/>, or null when any segment is missing.</summary>
    /// <param name="root">The document's root.</param>
    /// <param name="path">The dotted path.</param>
    /// <returns>The value or null.</returns>
    public static JsonElement? Find(JsonElement root, string path)
    {
        var current = root;
        foreach (var segment in path.Split('.'))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>A value as an operator would write it: strings unquoted, numbers as written, <c>true</c>/<c>false</c>/<c>null</c>, objects and arrays as JSON.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => value.GetRawText(),
    };
}
