using Functions.DeployOrchestrator.State;

namespace Functions.DeployOrchestrator.Runs;

/// <summary>
/// The minute timer's work: lease the runs whose next step is due (<c>FOR UPDATE SKIP LOCKED</c>, so two pumps take
/// different runs) and step each; again while more fall due and the invocation has time. This is what makes a lost
/// chained invoke a delay rather than a loss.
/// </summary>
/// <param name="store">The runs.</param>
/// <param name="runner">Steps runs.</param>
/// <param name="time">The clock.</param>
internal sealed class RunPump(RunStore store, StepRunner runner, TimeProvider time)
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
                outcomes.Add(await runner.StepLeasedAsync(run, owner, cancellationToken));
            }
        }

        return outcomes;
    }
}
