using System.Net.Http.Headers;

namespace Functions.Autoscaler.Metrics.Prometheus;

/// <summary>Where Prometheus is, what to ask it and how.</summary>
/// <param name="BaseUrl">The server's base URL (a path prefix such as a managed service's is kept), ending in '/'.</param>
/// <param name="Queries">One PromQL instant query per metric name.</param>
/// <param name="Authorization">The Authorization header (bearer token or basic credentials), or null.</param>
/// <param name="AttemptTimeout">Longest wait for one answer.</param>
internal sealed record PrometheusOptions(
    Uri BaseUrl, IReadOnlyDictionary<string, string> Queries, AuthenticationHeaderValue? Authorization, TimeSpan AttemptTimeout)
{
    /// <summary>The default attempt timeout.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Retries of a transient failure after the first attempt.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>All attempts of one query together: three attempts' worth, so a minute timer is never held up long.</summary>
    public TimeSpan Budget => 3 * AttemptTimeout;

    /// <summary>The server without credentials or path, for messages.</summary>
    public string Server => $"{BaseUrl.Scheme}://{BaseUrl.Host}:{BaseUrl.Port}";
}
