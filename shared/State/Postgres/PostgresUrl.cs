using Npgsql;

namespace Functions.State.Postgres;

/// <summary>
/// Turns the app's <c>DATABASE_URL</c> (<c>postgres://user:password@host:port/db?sslmode=require</c>) into an
/// Npgsql connection string. A key=value connection string is accepted as is.
/// </summary>
public static class PostgresUrl
{
    /// <summary>The URL schemes accepted.</summary>
    public static readonly string[] Schemes = ["postgres", "postgresql"];

    /// <summary>Parses a URL or connection string.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The connection string builder.</returns>
    /// <exception cref="FormatException">The value is neither; the message never includes the value.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string value)
    {
        if (!value.Contains("://", StringComparison.Ordinal))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(value);
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"not a valid connection string ({e.Message.Split('\n')[0]})", e);
            }
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || !Schemes.Contains(url.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            throw new FormatException("must be a postgres:// or postgresql:// URL");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port < 0 ? 5432 : url.Port,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')) is { Length: > 0 } database ? database : null,
        };
        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(url.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var (key, parameter) in QueryParameters(url.Query))
        {
            ApplyParameter(builder, key, parameter);
        }

        return builder;
    }

    /// <summary>Where a connection string points, without credentials, for logs and health reports.</summary>
    /// <param name="builder">The connection string.</param>
    /// <returns>For example <c>127.0.0.1:5432/superinsight</c>.</returns>
    public static string Describe(NpgsqlConnectionStringBuilder builder) => $"{builder.Host}:{builder.Port}/{builder.Database}";

    private static void ApplyParameter(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        switch (key.ToLowerInvariant())
        {
            case "sslmode":
                builder.SslMode = Enum.TryParse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var mode)
                    ? mode
                    : throw new FormatException($"has an unknown sslmode '{value}'");
                break;
            case "application_name":
                builder.ApplicationName = value;
                break;
            case "connect_timeout":
                builder.Timeout = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                break;
            default:
                throw new FormatException($"has an unsupported parameter '{key}' (supported: sslmode, application_name, connect_timeout)");
        }
    }

    private static IEnumerable<(string Key, string Value)> QueryParameters(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            yield return equals < 0
                ? (Uri.UnescapeDataString(pair), "")
                : (Uri.UnescapeDataString(pair[..equals]), Uri.UnescapeDataString(pair[(equals + 1)..]));
        }
    }
}
