using Functions.AlertHandler.Configuration;
using Functions.TencentCloud.Scf;

namespace Functions.AlertHandler.Actions;

/// <summary>backup: starts the Backup function asynchronously (a backup outlasts any callback) under the <c>alert</c> plan.</summary>
/// <param name="scf">The SCF client.</param>
/// <param name="settings">Which function to invoke.</param>
internal sealed class BackupTrigger(ScfClient scf, AlertHandlerSettings settings) : IActionPerformer
{
    public string Type => "backup";

    public async Task<string> PerformAsync(string key, string reason, CancellationToken cancellationToken)
    {
        var target = new InvokeTarget(settings.BackupFunction, Async: true, Namespace: settings.FunctionNamespace);
        var result = await scf.InvokeAsync(target, new BackupCommand(), ActionJsonContext.Default.BackupCommand, cancellationToken);
        return $"started {settings.BackupFunction} (request {result.FunctionRequestId ?? "unknown"})";
    }
}
