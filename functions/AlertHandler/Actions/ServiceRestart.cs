using Functions.AlertHandler.Configuration;
using Functions.TencentCloud.CloudRun;

namespace Functions.AlertHandler.Actions;

/// <summary>
/// restart: CloudBase Run (tcbr 2022-02-17) has no restart call, so the service is redeployed from the image of its
/// version with the most traffic, a full rolling release that replaces every instance. A release already in
/// progress is left alone: restarting over it would fight the DeployOrchestrator.
/// </summary>
/// <param name="cloudRun">The tcbr client.</param>
/// <param name="settings">Which service.</param>
internal sealed class ServiceRestart(CloudRunClient cloudRun, AlertHandlerSettings settings) : IActionPerformer
{
    public string Type => "restart";

    public async Task<string> PerformAsync(string key, string reason, CancellationToken cancellationToken)
    {
        var envId = settings.RequireEnvId();
        var service = settings.ServiceName;
        var status = await cloudRun.GetStatusAsync(envId, service, cancellationToken);
        var release = await cloudRun.GetReleaseOrderAsync(envId, service, cancellationToken);
        if (release?.IsReleasing == true || string.Equals(status.Status, "deploying", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{service} has a release in progress; not restarting over it");
        }

        var serving = status.Versions.OrderByDescending(v => v.Percent).FirstOrDefault(v => !string.IsNullOrEmpty(v.ImageUrl))
            ?? throw new InvalidOperationException($"{service} has no online version with an image to redeploy");
        var task = await cloudRun.DeployImageAsync(envId, service, serving.ImageUrl!, gray: false, $"AlertHandler restart ({key}): {reason}", cancellationToken);
        return $"redeployed {service} from {serving.ImageUrl} (version {serving.VersionName}, release task {task})";
    }
}
