using Functions.Scf.Configuration;

namespace Functions.State;

/// <summary>The connection variables functions share, described for <c>--help</c> and the README.</summary>
public static class StateVariables
{
    /// <summary>The PostgreSQL URL variable.</summary>
    public const string DatabaseUrl = "DATABASE_URL";

    /// <summary>The Redis URL variable.</summary>
    public const string RedisUrl = "REDIS_URL";

    /// <summary>Describes <c>DATABASE_URL</c> for a function.</summary>
    /// <param name="purpose">What the function uses the database for.</param>
    /// <returns>The variable.</returns>
    public static ConfigVariable Database(string purpose) =>
        new(DatabaseUrl, $"PostgreSQL URL postgres://user:password@host:5432/db[?sslmode=require]: {purpose}.", Sensitivity: Sensitivity.UrlWithCredentials);

    /// <summary>Describes <c>REDIS_URL</c> for a function.</summary>
    /// <param name="purpose">What the function uses Redis for.</param>
    /// <returns>The variable.</returns>
    public static ConfigVariable Redis(string purpose) =>
        new(RedisUrl, $"Redis URL redis://[user:password@]host:6379[/db] (rediss:// for TLS): {purpose}.", Sensitivity: Sensitivity.UrlWithCredentials);
}
