using Functions.TencentCloud.CloudRun;

namespace Functions.Autoscaler.Apply;

/// <summary>
/// Sets the count through tcbr by pinning the platform's own scaler: MinNum = MaxNum = the decided count. The
/// built-in scaler then has no room to move, so it cannot fight our decisions, and the platform still replaces
/// instances that die. Setting the same pin again is a no-op, so retries and duplicate deliveries are harmless.
/// </summary>
/// <param name="cloudRun">The tcbr client.</param>
internal sealed class CloudRunScaler(CloudRunClient cloudRun) : ICloudRunScaler
{
    public async Task<ServiceScale> ReadAsync(string envId, string service, CancellationToken cancellationToken)
    {
        var status = await cloudRun.GetStatusAsync(envId, service, cancellationToken);
        return new ServiceScale((int)(status.MinInstances ?? 0), (int)(status.MaxInstances ?? 0), (int)status.Instances, status.Status);
    }

    public async Task ApplyAsync(string envId, string service, int instances, CancellationToken cancellationToken) =>
        await cloudRun.ChangeScalingAsync(envId, service, new ScalingChange(instances, instances), cancellationToken);
}
