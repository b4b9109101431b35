using System.Globalization;

namespace Functions.Backup.Sources.Redis.Protocol;

/// <summary>Reads the text INFO answers with (<c>field:value</c> lines under <c># Section</c> headings).</summary>
internal static class RedisInfo
{
    /// <summary>One field.</summary>
    /// <param name="info">INFO's text.</param>
    /// <param name="name">The field, e.g. <c>redis_version</c>.</param>
    /// <returns>Its value, or null when absent.</returns>
    public static string? Field(string? info, string name) =>
        Fields(info).Where(field => field.Name == name).Select(field => field.Value).FirstOrDefault();

    /// <summary>The databases that hold keys, from INFO keyspace (<c>db0:keys=3,expires=1,avg_ttl=0</c>).</summary>
    /// <param name="info">INFO's text.</param>
    /// <returns>Key counts by database number, in order.</returns>
    public static SortedDictionary<int, long> Keyspace(string? info)
    {
        var keyspace = new SortedDictionary<int, long>();
        foreach (var (name, value) in Fields(info))
        {
            var keys = value.Split(',').FirstOrDefault(part => part.StartsWith("keys=", StringComparison.Ordinal)) ?? "keys=";
            if (name.StartsWith("db", StringComparison.Ordinal)
                && int.TryParse(name.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var database)
                && long.TryParse(keys.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                && count > 0)
            {
                keyspace[database] = count;
            }
        }

        return keyspace;
    }

    private static IEnumerable<(string Name, string Value)> Fields(string? info) =>
        (info ?? "").Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (parts[0], parts[1]));
}
