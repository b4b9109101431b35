using Functions.AlertHandler.Actions;
using Functions.AlertHandler.Configuration;
using Functions.AlertHandler.State;
using Functions.TencentCloud.Api;
using Functions.TencentCloud.Scf;
using Microsoft.Extensions.Logging;

namespace Functions.AlertHandler.Runs;

/// <summary>
/// Starts a flush right after a callback, by invoking this function asynchronously with <c>flush</c>, at most once
/// every few seconds however many callbacks arrive. Best effort: when it cannot, the minute timer flushes anyway.
/// </summary>
/// <param name="settings">This function's name.</param>
/// <param name="memory">The debounce.</param>
/// <param name="scf">The SCF client.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class FlushTrigger(AlertHandlerSettings settings, DeliveryMemory memory, ScfClient scf, ILogger<FlushTrigger> logger)
{
    private static readonly TimeSpan Debounce = TimeSpan.FromSeconds(5);

    public async Task RequestAsync(CancellationToken cancellationToken)
    {
        if (settings.FlushFunction is not { } function || !await memory.TryRequestFlushAsync(Debounce, cancellationToken))
        {
            return;
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            var target = new InvokeTarget(function, Async: true, Namespace: settings.FunctionNamespace);
            await scf.InvokeAsync(target, new FlushCommand(), ActionJsonContext.Default.FlushCommand, timeout.Token);
        }
        catch (Exception e) when (e is TencentCloudApiException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogNotTriggered(function, e.Message);
        }
    }

    [LoggerMessage(EventId = 6010, Level = LogLevel.Warning, Message = "Could not start an immediate flush through {Function} ({Reason}); the minute timer will")]
    private partial void LogNotTriggered(string function, string reason);
}
