using Functions.DeployOrchestrator.Configuration;
using Functions.TencentCloud.Api;
using Functions.TencentCloud.Scf;
using Microsoft.Extensions.Logging;

namespace Functions.DeployOrchestrator.Runs;

/// <summary>
/// Chains a run's next step at once: an asynchronous invoke of this function with the run id and the version the
/// step expects. Best effort: a lost or failed invoke only delays the run until the minute pump finds it due.
/// </summary>
/// <param name="settings">This function's name.</param>
/// <param name="scf">The SCF client.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class RunChainer(DeploySettings settings, ScfClient scf, ILogger<RunChainer> logger)
{
    public async Task ChainAsync(long runId, long expectedVersion, CancellationToken cancellationToken)
    {
        if (settings.SelfFunction is not { } function)
        {
            return;
        }

        try
        {
            var target = new InvokeTarget(function, Async: true, Namespace: settings.FunctionNamespace);
            await scf.InvokeAsync(target, new StepCommand(runId, expectedVersion), ChainJsonContext.Default.StepCommand, cancellationToken);
        }
        catch (Exception e) when (e is TencentCloudApiException or HttpRequestException)
        {
            LogNotChained(runId, function, e.Message);
        }
    }

    [LoggerMessage(EventId = 7000, Level = LogLevel.Warning, Message = "Could not chain run {RunId} through {Function} ({Reason}); the pump will take it")]
    private partial void LogNotChained(long runId, string function, string reason);
}
