using Functions.AlertHandler.Configuration;
using Functions.TencentCloud.Scf;

namespace Functions.AlertHandler.Actions;

/// <summary>
/// scale_up: invokes the Autoscaler's <c>scale</c> command synchronously, so its decision (which goes through the
/// same policy, with the alarm step and cooldown) is what gets recorded. The action key is the alarm id, which the
/// Autoscaler de-duplicates too.
/// </summary>
/// <param name="scf">The SCF client.</param>
/// <param name="settings">Which function to invoke.</param>
internal sealed class AutoscalerScaleUp(ScfClient scf, AlertHandlerSettings settings) : IActionPerformer
{
    public string Type => "scale_up";

    public async Task<string> PerformAsync(string key, string reason, CancellationToken cancellationToken)
    {
        var target = new InvokeTarget(settings.AutoscalerFunction, Async: false, Namespace: settings.FunctionNamespace);
        var result = await scf.InvokeAsync(target, new ScaleCommand(key, reason), ActionJsonContext.Default.ScaleCommand, cancellationToken);
        return $"{settings.AutoscalerFunction} answered: {Shorten(result.RetMsg)}";
    }

    private static string Shorten(string? text) =>
        text is null ? "(no result)" : text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 300), "…");
}
