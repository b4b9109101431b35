using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Functions.State.Redis;

/// <summary>Pings Redis and reports its version and where it is.</summary>
/// <param name="connection">The connection to check.</param>
public sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var multiplexer = await connection.GetAsync(cancellationToken);
            var latency = await multiplexer.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            var version = multiplexer.GetServers().FirstOrDefault()?.Version;
            return HealthCheckResult.Healthy($"Redis {version} at {connection.Target}, ping {latency.TotalMilliseconds:F1} ms");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"Redis at {connection.Target}: {e.Message}", e);
        }
    }
}
