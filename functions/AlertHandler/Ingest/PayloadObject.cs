using System.Text.Json;

namespace Functions.AlertHandler.Ingest;

/// <summary>
/// Typed access to one object of an alert body, whose errors name the field by its path from the root
/// (<c>alarmPolicyInfo.conditions.metricName</c>). Cloud Monitor is loose about types (numbers as strings and back),
/// so <see cref="OptionalText"/> and <see cref="OptionalInteger"/> accept both; everything else is strict.
/// </summary>
/// <param name="json">The object.</param>
/// <param name="path">Its path from the root; empty for the root.</param>
/// <param name="format">The body's format, leading every message ("Cloud Monitor alarm").</param>
internal readonly struct PayloadObject(JsonElement json, string path, string format)
{
    public JsonElement Json => json;

    public string Format => format;

    public string PathOf(string name) => path.Length == 0 ? name : $"{path}.{name}";

    public bool Has(string name) => TryGet(name, out _);

    public string RequiredString(string name) =>
        OptionalString(name) ?? throw Missing(name, "a string");

    public string? OptionalString(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw WrongType(name, "a string", value);
    }

    /// <summary>A string that may come as a JSON number; the number keeps its text as sent ("12.50" stays "12.50").</summary>
    public string? OptionalText(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw WrongType(name, "a string or a number", value),
        };
    }

    /// <summary>An integer sent as a JSON number or as a numeric string.</summary>
    public long? OptionalInteger(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String &&
            long.TryParse(value.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw WrongType(name, "an integer (a number or a numeric string)", value);
    }

    public PayloadObject RequiredObject(string name) =>
        OptionalObject(name) ?? throw Missing(name, "an object");

    public PayloadObject? OptionalObject(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? new PayloadObject(value, PathOf(name), format)
            : throw WrongType(name, "an object", value);
    }

    public JsonElement RequiredArray(string name)
    {
        if (!TryGet(name, out var value))
        {
            throw Missing(name, "an array");
        }

        return value.ValueKind == JsonValueKind.Array ? value : throw WrongType(name, "an array", value);
    }

    /// <summary>An object whose values are all strings (Alertmanager labels and annotations).</summary>
    public Dictionary<string, string>? OptionalStringMap(string name)
    {
        if (OptionalObject(name) is not { } map)
        {
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in map.Json.EnumerateObject())
        {
            result[entry.Name] = entry.Value.ValueKind == JsonValueKind.String
                ? entry.Value.GetString()!
                : throw map.WrongType(entry.Name, "a string", entry.Value);
        }

        return result;
    }

    /// <summary>An error about one field of this object.</summary>
    /// <param name="name">The field.</param>
    /// <param name="problem">What is wrong, phrased to follow the field's path ("must be 0 or 1, not 2").</param>
    public AlertPayloadException Fail(string name, string problem) => new($"{format}: {PathOf(name)} {problem}.");

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private bool TryGet(string name, out JsonElement value) =>
        json.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private AlertPayloadException Missing(string name, string expected) => Fail(name, $"is missing (expected {expected})");

    private AlertPayloadException WrongType(string name, string expected, JsonElement value) =>
        Fail(name, $"must be {expected}, not {Describe(value)}");
}
