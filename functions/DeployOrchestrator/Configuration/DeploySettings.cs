using Functions.Scf.Configuration;

namespace Functions.DeployOrchestrator.Configuration;

/// <summary>The DeployOrchestrator's own settings (the platform's are in <c>PlatformSettings</c>, the deployment file in <c>DeployConfigSource</c>).</summary>
/// <param name="WebhookToken">The TCR webhook's token, or null (then every webhook is refused).</param>
/// <param name="SelfFunction">This function's name for chaining, or null (pump only).</param>
/// <param name="FunctionNamespace">Its namespace.</param>
internal sealed record DeploySettings(string? WebhookToken, string? SelfFunction, string FunctionNamespace)
{
    /// <summary>Reads the settings.</summary>
    /// <param name="settings">The reader; problems are recorded on it.</param>
    /// <returns>The settings.</returns>
    public static DeploySettings Read(SettingsReader settings)
    {
        var self = settings.Text(DeployVariables.SelfFunction) ?? settings.Text("SCF_FUNCTIONNAME");
        return new DeploySettings(
            settings.Text(DeployVariables.WebhookToken),
            string.IsNullOrWhiteSpace(self) ? null : self,
            settings.Text(DeployVariables.FunctionNamespace) ?? "default");
    }
}
