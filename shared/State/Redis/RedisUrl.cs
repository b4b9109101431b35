using StackExchange.Redis;

namespace Functions.State.Redis;

/// <summary>
/// Turns the app's <c>REDIS_URL</c> (<c>redis://[user:password@]host:port[/db]</c>, <c>rediss://</c> for TLS)
/// into StackExchange.Redis options.
/// </summary>
public static class RedisUrl
{
    /// <summary>The URL schemes accepted.</summary>
    public static readonly string[] Schemes = ["redis", "rediss"];

    /// <summary>Parses the URL.</summary>
    /// <param name="value">The URL.</param>
    /// <returns>The options (abortConnect off: a function must start even while Redis is briefly away).</returns>
    /// <exception cref="FormatException">The value is not a Redis URL; the message never includes the value.</exception>
    public static ConfigurationOptions Parse(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || !Schemes.Contains(url.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            throw new FormatException("must be a redis:// or rediss:// URL");
        }

        var options = new ConfigurationOptions
        {
            AbortOnConnectFail = false,
            Ssl = url.Scheme.Equals("rediss", StringComparison.OrdinalIgnoreCase),
            ConnectTimeout = 5000,
            ClientName = "superinsight-ops",
        };
        options.EndPoints.Add(url.Host, url.IsDefaultPort || url.Port < 0 ? 6379 : url.Port);
        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            var user = Uri.UnescapeDataString(colon < 0 ? "" : url.UserInfo[..colon]);
            options.User = user.Length > 0 ? user : null;
            options.Password = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[(colon + 1)..]);
        }

        var path = url.AbsolutePath.Trim('/');
        if (path.Length > 0)
        {
            options.DefaultDatabase = int.TryParse(path, System.Globalization.CultureInfo.InvariantCulture, out var db) && db >= 0
                ? db
                : throw new FormatException($"has a database '{path}' that is not a number");
        }

        return options;
    }

    /// <summary>Where the options point, without credentials.</summary>
    /// <param name="options">The options.</param>
    /// <returns>For example <c>127.0.0.1:6379/0</c>.</returns>
    public static string Describe(ConfigurationOptions options) =>
        $"{string.Join(",", options.EndPoints.Select(EndPointCollection.ToString))}/{options.DefaultDatabase ?? 0}";
}
