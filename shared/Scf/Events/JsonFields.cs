using System.Globalization;
using System.Text.Json;
using Functions.Scf.Errors;

namespace Functions.Scf.Events;

/// <summary>
/// Typed access to the fields of a JSON object whose errors name the field, what was expected and what came.
/// Tencent's payloads are loose about types (numbers as strings, booleans as <c>"true"</c>), so the readers
/// accept the documented variants and nothing else.
/// </summary>
/// <param name="json">The object to read.</param>
/// <param name="context">What the object is, for messages ("timer event", "command 'scale'").</param>
/// <param name="error">Builds the exception to throw for a bad field.</param>
public readonly struct JsonFields(JsonElement json, string context, Func<string, FunctionException> error)
{
    /// <summary>The object being read.</summary>
    public JsonElement Json => json;

    /// <summary>True when the object has the field and it is not null.</summary>
    /// <param name="name">The field's name (case-sensitive, as JSON is).</param>
    /// <returns>Whether the field is present with a non-null value.</returns>
    public bool Has(string name) => json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A required string field.</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>The value.</returns>
    public string RequiredString(string name) =>
        OptionalString(name) ?? throw Fail($"is missing the string field '{name}'");

    /// <summary>An optional string field; numbers are not silently turned into strings.</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>The value, or null when absent or null.</returns>
    public string? OptionalString(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw WrongType(name, "a string", value);
    }

    /// <summary>An optional string field that Tencent sometimes sends as a number (ids, counters).</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>The value as text, or null when absent.</returns>
    public string? OptionalStringOrNumber(string name)
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

    /// <summary>An optional integer that may come as a number or as a numeric string.</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>The value, or null when absent.</returns>
    public long? OptionalInt64(string name)
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
            long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw WrongType(name, "an integer (number or numeric string)", value);
    }

    /// <summary>An optional boolean that may come as <c>true</c>/<c>false</c> or as the strings "true"/"false".</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>The value, or null when absent.</returns>
    public bool? OptionalBoolean(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed) => parsed,
            _ => throw WrongType(name, "a boolean (true/false or \"true\"/\"false\")", value),
        };
    }

    /// <summary>An optional nested object.</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>A reader over the object, or null when absent.</returns>
    public JsonFields? OptionalObject(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? new JsonFields(value, $"{context}.{name}", error)
            : throw WrongType(name, "an object", value);
    }

    /// <summary>A required nested object.</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>A reader over the object.</returns>
    public JsonFields RequiredObject(string name) =>
        OptionalObject(name) ?? throw Fail($"is missing the object field '{name}'");

    /// <summary>An optional array.</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>The array element, or null when absent.</returns>
    public JsonElement? OptionalArray(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Array ? value : throw WrongType(name, "an array", value);
    }

    /// <summary>An error about this object, naming its context.</summary>
    /// <param name="problem">What is wrong, phrased to follow the context ("is missing …").</param>
    /// <returns>The exception to throw.</returns>
    public FunctionException Fail(string problem) => error($"{context} {problem}.");

    private bool TryGet(string name, out JsonElement value) =>
        json.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private FunctionException WrongType(string name, string expected, JsonElement value) =>
        Fail($"field '{name}' must be {expected}, not {Describe(value)}");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
