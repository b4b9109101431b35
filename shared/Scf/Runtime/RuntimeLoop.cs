using Functions.Scf.Hosting;
using Microsoft.Extensions.Logging;

namespace Functions.Scf.Runtime;

/// <summary>
/// The Custom Runtime protocol: report ready once, then fetch, handle and answer events until shutdown.
/// Nothing an event or a handler does ends the loop; only shutdown or a runtime API that stays unreachable does.
/// </summary>
/// <param name="client">The runtime API.</param>
/// <param name="runner">Runs each invocation.</param>
/// <param name="logger">The host's logger.</param>
public sealed partial class RuntimeLoop(IRuntimeApiClient client, InvocationRunner runner, ILogger logger)
{
    /// <summary>Runs until <paramref name="shutdown"/> is cancelled.</summary>
    /// <param name="shutdown">Cancelled by SIGTERM/SIGINT.</param>
    /// <returns>The process exit code: 0 after a clean shutdown, 1 when the runtime API was lost.</returns>
    public async Task<int> RunAsync(CancellationToken shutdown)
    {
        try
        {
            await client.ReadyAsync(shutdown);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception e) when (e is HttpRequestException or RuntimeApiException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            LogApiLost("/runtime/init/ready", e);
            return 1;
        }

        LogReady();
        var handled = 0L;
        while (!shutdown.IsCancellationRequested)
        {
            RuntimeInvocation invocation;
            try
            {
                invocation = await client.NextAsync(shutdown);
            }
            catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is HttpRequestException or RuntimeApiException)
            {
                LogApiLost("/runtime/invocation/next", e);
                return 1;
            }

            var request = new InvocationRequest(invocation.RequestId, invocation.TimeLimit, invocation.MemoryLimitMb);
            var outcome = await runner.InvokeAsync(invocation.Event, request, shutdown);
            await AnswerAsync(outcome, invocation.RequestId);
            handled++;
        }

        LogStopped(handled);
        return 0;
    }

    private async Task AnswerAsync(InvocationOutcome outcome, string requestId)
    {
        try
        {
            // Not the shutdown token: an outcome in hand is posted even while stopping.
            if (outcome.Error is { } error)
            {
                await client.PostErrorAsync(error, CancellationToken.None);
            }
            else
            {
                await client.PostResponseAsync(outcome.Result!.Utf8Json, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is HttpRequestException or RuntimeApiException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            // The platform times the invocation out on its side; the loop carries on with the next event.
            LogAnswerLost(requestId, e);
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Runtime API ready; waiting for events")]
    private partial void LogReady();

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Runtime loop stopped after {Handled} invocations")]
    private partial void LogStopped(long handled);

    [LoggerMessage(EventId = 12, Level = LogLevel.Critical, Message = "Runtime API unreachable at {Endpoint}; exiting so SCF can restart the instance")]
    private partial void LogApiLost(string endpoint, Exception exception);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "Could not deliver the outcome of {RequestId}")]
    private partial void LogAnswerLost(string requestId, Exception exception);
}
