using System.Text.Json;
using System.Text.RegularExpressions;

namespace Functions.Autoscaler.Metrics.Configuration;

/// <summary>Parses <c>AUTOSCALER_PROMETHEUS_QUERIES</c>: a JSON object of metric name to PromQL, or <c>name=query</c> lines.</summary>
internal static partial class PrometheusQueries
{
    /// <summary>Parses the setting.</summary>
    /// <param name="text">The value: JSON when it starts with '{', else lines (blank lines and lines starting with # are skipped).</param>
    /// <returns>Metric name to query.</returns>
    /// <exception cref="FormatException">The value is malformed; the message says where.</exception>
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var pairs = text.TrimStart().StartsWith('{') ? FromJson(text) : FromLines(text);
        var queries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, query) in pairs)
        {
            if (!MetricName().IsMatch(name))
            {
                throw new FormatException($"'{name}' is not a metric name (letters, digits, '_', '-' or '.', starting with a letter or '_')");
            }

            if (query.Trim().Length == 0)
            {
                throw new FormatException($"the query of '{name}' is empty");
            }

            if (!queries.TryAdd(name, query.Trim()))
            {
                throw new FormatException($"'{name}' has more than one query");
            }
        }

        return queries.Count > 0 ? queries : throw new FormatException("holds no query");
    }

    private static List<(string Name, string Query)> FromJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("must be a JSON object of metric name to query");
            }

            return document.RootElement.EnumerateObject()
                .Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : throw new FormatException($"the query of '{p.Name}' must be a JSON string")))
                .ToList();
        }
        catch (JsonException e)
        {
            throw new FormatException($"is not valid JSON: {e.Message}", e);
        }
    }

    // A query may hold '=' itself (label matchers), so the name ends at the first one.
    private static List<(string Name, string Query)> FromLines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.IndexOf('=', StringComparison.Ordinal) is var equals and > 0
                ? (line[..equals].Trim(), line[(equals + 1)..])
                : throw new FormatException($"'{line}' is not name=query"))
            .ToList();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.-]*$")]
    private static partial Regex MetricName();
}
