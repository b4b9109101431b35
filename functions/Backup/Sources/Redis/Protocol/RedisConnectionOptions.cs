using System.Net;
using StackExchange.Redis;

namespace Functions.Backup.Sources.Redis.Protocol;

/// <summary>How backup and restore connect, from the options <c>RedisUrl</c> parsed.</summary>
internal static class RedisConnectionOptions
{
    /// <summary>Options for long bulk work over StackExchange.Redis.</summary>
    /// <param name="options">The parsed URL.</param>
    /// <returns>A copy that fails at once when the server is unreachable (a backup must not wait for it to come back)
    /// and gives one DUMP or RESTORE of a big key a minute rather than the default 5 s.</returns>
    public static ConfigurationOptions ForBulk(ConfigurationOptions options)
    {
        var bulk = options.Clone();
        bulk.AbortOnConnectFail = true;

        // StackExchange.Redis holds INFO back unless admin commands are allowed; the flag is client-side only.
        bulk.AllowAdmin = true;
        bulk.AsyncTimeout = 60_000;
        bulk.SyncTimeout = 60_000;
        bulk.ClientName = "superinsight-backup";
        return bulk;
    }

    /// <summary>The one server the options point at.</summary>
    /// <param name="options">The options.</param>
    /// <returns>Its host (name or address) and port.</returns>
    public static (string Host, int Port) Endpoint(ConfigurationOptions options) =>
        options.EndPoints.FirstOrDefault() switch
        {
            DnsEndPoint dns => (dns.Host, dns.Port),
            IPEndPoint ip => (ip.Address.ToString(), ip.Port),
            var other => throw new FormatException($"has an endpoint Redis cannot be reached at: {other}"),
        };

    /// <summary>Options for a server on this machine.</summary>
    /// <param name="port">Its loopback port.</param>
    /// <returns>The options.</returns>
    public static ConfigurationOptions Loopback(int port)
    {
        var options = new ConfigurationOptions();
        options.EndPoints.Add(IPAddress.Loopback, port);
        return ForBulk(options);
    }
}
