using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Functions.ObjectStorage;

/// <summary>Lists one key under the repository's prefix: proves the address, the bucket and the credentials.</summary>
/// <param name="store">The store to check.</param>
public sealed class ObjectStoreHealthCheck(ObjectStoreClient store) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ProbeAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{store.Location} at {store.Target}");
        }
        catch (Exception e) when (e is ObjectStorageException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"{store.Location} at {store.Target}: {e.Message}", e);
        }
    }
}
