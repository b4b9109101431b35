using System.Globalization;

namespace Functions.Deployment.Tests;

/// <summary>
/// SCF's timer syntax as documented: seven space-separated fields (second minute hour day month weekday year)
/// with <c>*</c>, <c>,</c>, <c>-</c> and <c>/</c>; month and weekday also take names. No <c>?</c>, <c>L</c>, <c>W</c> or <c>#</c>.
/// </summary>
internal static class ScfCronExpression
{
    private static readonly (string Name, int Min, int Max, string[] Names)[] Fields =
    [
        ("second", 0, 59, []),
        ("minute", 0, 59, []),
        ("hour", 0, 23, []),
        ("day", 1, 31, []),
        ("month", 1, 12, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]),
        ("weekday", 0, 6, ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]),
        ("year", 1970, 2099, []),
    ];

    /// <summary>The problems with an expression; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(string expression)
    {
        var parts = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != Fields.Length)
        {
            return [$"has {parts.Length} fields; SCF's recommended form has 7 (second minute hour day month weekday year)"];
        }

        var problems = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            foreach (var item in parts[i].Split(','))
            {
                if (!ItemIsValid(item, Fields[i]))
                {
                    problems.Add($"{Fields[i].Name} field '{parts[i]}' is not valid ({Fields[i].Min}-{Fields[i].Max})");
                    break;
                }
            }
        }

        return problems;
    }

    private static bool ItemIsValid(string item, (string Name, int Min, int Max, string[] Names) field)
    {
        var slash = item.Split('/');
        if (slash.Length > 2 || (slash.Length == 2 && !(int.TryParse(slash[1], CultureInfo.InvariantCulture, out var step) && step > 0)))
        {
            return false;
        }

        var range = slash[0];
        if (range == "*")
        {
            return true;
        }

        var bounds = range.Split('-');
        if (bounds.Length > 2 || bounds.Any(b => Value(b, field) is null))
        {
            return false;
        }

        return bounds.Length == 1 || Value(bounds[0], field) <= Value(bounds[1], field);
    }

    private static int? Value(string text, (string Name, int Min, int Max, string[] Names) field)
    {
        var named = Array.IndexOf(field.Names, text.ToUpperInvariant());
        if (named >= 0)
        {
            return field.Min + named;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= field.Min && value <= field.Max
            ? value
            : null;
    }
}
