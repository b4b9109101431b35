using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Functions.State.Postgres;

/// <summary>Connects, asks the server's version and reports where it is (never the credentials).</summary>
/// <param name="dataSource">The data source to check.</param>
/// <param name="target">Where it points, for the report.</param>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource, string target) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            return HealthCheckResult.Healthy($"PostgreSQL {connection.PostgreSqlVersion} at {target}");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL at {target}: {e.Message}", e);
        }
    }
}
