using Functions.Scf.Configuration;
using Functions.DeployOrchestrator.Platform;
using Functions.State;

namespace Functions.DeployOrchestrator.Configuration;

/// <summary>The DeployOrchestrator's environment variables.</summary>
internal static class DeployVariables
{
    public const string WebhookToken = "TCR_WEBHOOK_TOKEN";
    public const string SelfFunction = "DEPLOY_SELF_FUNCTION";
    public const string FunctionNamespace = "DEPLOY_FUNCTION_NAMESPACE";

    public static readonly IReadOnlyList<ConfigVariable> All =
    [
        new(WebhookToken, "Value TCR's webhook must send in its 'Authentication' header (or Authorization: Bearer, ?token=). Without it every webhook is refused.", Sensitivity: Sensitivity.Secret),
        new(PlatformVariables.EnvId, "CloudBase environment of the services to deploy (required)."),
        new(DeployConfigSource.FileVariable, "Path of the deployment file: services, the repositories and tags that deploy them, strategies, health checks, analyses, notifications (see samples/config/deploy.json). This or the next is required."),
        new(DeployConfigSource.InlineVariable, "The deployment file's JSON inline, when no file is deployed."),
        new(SelfFunction, "This function's own name, invoked asynchronously to chain a run's next step at once (default: SCF_FUNCTIONNAME; empty: the minute pump only)."),
        new(FunctionNamespace, "Its SCF namespace.", "default"),
        new(PlatformVariables.PrometheusUrl, "Prometheus HTTP API base URL for analysis steps (e.g. http://prometheus:9090); without it every analysis measurement is an error."),
        new(PlatformVariables.PrometheusTimeoutMs, "Per-query timeout of analysis measurements, milliseconds.", "5000"),
        StateVariables.Database("deployment runs, their leases and their event log (required)"),
    ];
}
