namespace Functions.Autoscaler.Apply;

/// <summary>Reads and sets a CloudBase Run service's instance count.</summary>
internal interface ICloudRunScaler
{
    /// <summary>The service's size now.</summary>
    Task<ServiceScale> ReadAsync(string envId, string service, CancellationToken cancellationToken);

    /// <summary>Runs the service at exactly <paramref name="instances"/>.</summary>
    Task ApplyAsync(string envId, string service, int instances, CancellationToken cancellationToken);
}
