namespace Functions.DeployOrchestrator.Platform;

/// <summary>The environment variables the platform side of the DeployOrchestrator reads.</summary>
internal static class PlatformVariables
{
    /// <summary>The CloudBase environment of the services (required to deploy).</summary>
    public const string EnvId = "TCB_ENV_ID";

    /// <summary>The Prometheus server analyses query (optional: without it every measurement is an error).</summary>
    public const string PrometheusUrl = "DEPLOY_PROMETHEUS_URL";

    /// <summary>Longest wait for one Prometheus answer, in milliseconds (default 5000).</summary>
    public const string PrometheusTimeoutMs = "DEPLOY_PROMETHEUS_TIMEOUT_MS";
}
