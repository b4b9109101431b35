using System.Globalization;
using System.Text.Json;
using Functions.Scf.Events;

namespace Functions.Autoscaler.Simulation;

/// <summary>
/// Numeric arguments of a command, as a number or a numeric string (as <see cref="JsonFields.OptionalInt64"/> takes
/// them), checked against a range; errors name the field, the range and the value given.
/// </summary>
internal static class NumberArguments
{
    /// <summary>An optional number within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="arguments">The command's arguments.</param>
    /// <param name="name">The field.</param>
    /// <param name="min">The lowest allowed.</param>
    /// <param name="max">The highest allowed.</param>
    /// <param name="exclusiveMin">Whether <paramref name="min"/> itself is refused.</param>
    /// <returns>The value, or null when absent.</returns>
    public static double? Number(JsonFields arguments, string name, double min, double max, bool exclusiveMin = false)
    {
        if (Raw(arguments, name) is not { } raw)
        {
            return null;
        }

        if (!TryNumber(raw, out var value))
        {
            throw arguments.Fail($"field '{name}' must be a number, not {Show(raw)}");
        }

        var low = exclusiveMin ? value <= min : value < min;
        return low || value > max
            ? throw arguments.Fail($"field '{name}' must be {(exclusiveMin ? "above" : "at least")} {N(min)} and at most {N(max)}, not {N(value)}")
            : value;
    }

    /// <summary>An optional whole number within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="arguments">The command's arguments.</param>
    /// <param name="name">The field.</param>
    /// <param name="min">The lowest allowed.</param>
    /// <param name="max">The highest allowed.</param>
    /// <param name="why">What the range comes from, appended to the error.</param>
    /// <returns>The value, or null when absent.</returns>
    public static int? Integer(JsonFields arguments, string name, int min, int max, string why = "")
    {
        if (Raw(arguments, name) is not { } raw)
        {
            return null;
        }

        if (!TryNumber(raw, out var value) || value != Math.Floor(value))
        {
            throw arguments.Fail($"field '{name}' must be a whole number, not {Show(raw)}");
        }

        return value < min || value > max
            ? throw arguments.Fail($"field '{name}' must be from {min} to {max}{why}, not {N(value)}")
            : (int)value;
    }

    private static JsonElement? Raw(JsonFields arguments, string name) =>
        arguments.Json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static bool TryNumber(JsonElement raw, out double value)
    {
        value = 0;
        var ok = raw.ValueKind switch
        {
            JsonValueKind.Number => raw.TryGetDouble(out value),
            JsonValueKind.String => double.TryParse(raw.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
        return ok && double.IsFinite(value);
    }

    private static string Show(JsonElement raw)
    {
        var text = raw.GetRawText();
        return text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
    }

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
