using Functions.Scf.Configuration;

namespace Functions.DeployOrchestrator.Platform;

/// <summary>Where the executor's effects go.</summary>
/// <param name="EnvId">The CloudBase environment (<c>TCB_ENV_ID</c>).</param>
/// <param name="PrometheusUrl">Prometheus for analyses (<c>DEPLOY_PROMETHEUS_URL</c>), or null.</param>
/// <param name="PrometheusTimeout">Longest wait for one answer (<c>DEPLOY_PROMETHEUS_TIMEOUT_MS</c>, default 5 s).</param>
internal sealed record PlatformSettings(string EnvId, Uri? PrometheusUrl, TimeSpan PrometheusTimeout)
{
    /// <summary>The default Prometheus timeout.</summary>
    public static readonly TimeSpan DefaultPrometheusTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Reads the settings; problems are recorded on <paramref name="settings"/> naming the variable.</summary>
    /// <param name="settings">The function's settings.</param>
    /// <returns>The settings.</returns>
    public static PlatformSettings Read(SettingsReader settings)
    {
        var envId = settings.RequiredText(PlatformVariables.EnvId, "the CloudBase environment id of the services to deploy, e.g. env-1a2b3c");
        var url = settings.Url(PlatformVariables.PrometheusUrl, "http", "https");
        if (url is not null && url.UserInfo.Length > 0)
        {
            settings.Problem(PlatformVariables.PrometheusUrl, "must not carry credentials");
        }

        var timeout = settings.Milliseconds(PlatformVariables.PrometheusTimeoutMs, DefaultPrometheusTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60));
        return new PlatformSettings(envId, url, timeout);
    }
}
