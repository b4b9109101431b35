using Functions.DeployOrchestrator.State;
using Microsoft.Extensions.Logging;

namespace Functions.DeployOrchestrator.Runs;

/// <summary>
/// The minute timer's work: lease the runs whose next step is due (<c>FOR UPDATE SKIP LOCKED</c>, so two pumps take
/// different runs) and step each; again while more fall due and the invocation has time. This is what makes a lost
/// chained invoke a delay rather than a loss.
/// </summary>
/// <param name="store">The runs.</param>
/// <param name="runner">Steps runs.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class RunPump(RunStore store, StepRunner runner, TimeProvider time, ILogger<RunPump> logger)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    /// <summary>Steps due runs until none is due or <paramref name="deadline"/> nears.</summary>
    public async Task<IReadOnlyList<StepOutcome>> PumpAsync(string owner, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var outcomes = new List<StepOutcome>();
        while (time.GetUtcNow() + Margin < deadline && outcomes.Count < 500)
        {
            var due = await store.LeaseDueAsync(owner, StepRunner.Lease, time.GetUtcNow(), 10, cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            foreach (var run in due)
            {
                outcomes.Add(await StepAsync(run, owner, cancellationToken));
            }
        }

        return outcomes;
    }

    // The pump is an invocation boundary for each run: one run's failure (its lease is released, it is due again)
    // must not leave the other leased runs idle until their leases run out.
    private async Task<StepOutcome> StepAsync(StoredRun run, string owner, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.StepLeasedAsync(run, owner, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogStepFailed(run.State.Id, e.GetType().Name, e.Message);
            return new StepOutcome(run.State.Id, "failed", run.State.Phase.ToString(), run.State.StepIndex, run.Version, run.NextRunAt, [e.Message]);
        }
    }

    [LoggerMessage(EventId = 7200, Level = LogLevel.Error, Message = "Run {RunId}: the step failed with {ErrorType}: {Error}; the pump goes on with the other runs")]
    private partial void LogStepFailed(long runId, string errorType, string error);
}
