using Functions.DeployOrchestrator.Domain;
using Functions.DeployOrchestrator.State;

namespace Functions.DeployOrchestrator.Runs;

/// <summary>
/// At most one run per service is active; a push that arrives while one is becomes Queued and supersedes it. When the
/// active run ends, the newest queued run starts and older queued ones end as Superseded without having started.
/// </summary>
/// <param name="store">The runs.</param>
/// <param name="updater">Changes runs safely.</param>
/// <param name="chainer">Chains the started run's first step.</param>
internal sealed class RunQueue(RunStore store, RunUpdater updater, RunChainer chainer)
{
    /// <summary>How often a queued run looks again: the backstop when the active run's end did not start it.</summary>
    public static readonly TimeSpan QueueCheck = TimeSpan.FromMinutes(1);

    /// <summary>The active (started, unfinished) run of a service, or null.</summary>
    public async Task<StoredRun?> ActiveAsync(string service, CancellationToken cancellationToken) =>
        (await store.RunsOfAsync(service, 50, cancellationToken)).FirstOrDefault(r => !r.State.IsTerminal && r.State.Phase != RunPhase.Queued);

    /// <summary>
    /// Moves a queued run on: asks the service's active run to roll back as superseded by it (unless it already was),
    /// or starts it when no run is active. Called when the run is queued and again at each of its checks, so neither
    /// a lost request nor a lost start leaves it waiting for good.
    /// </summary>
    public async Task AdvanceAsync(RunState queued, CancellationToken cancellationToken)
    {
        var active = await ActiveAsync(queued.Service, cancellationToken);
        if (active is null)
        {
            await StartNextAsync(queued.Service, cancellationToken);
            return;
        }

        if (active.State.Requests.SupersededBy is not null || active.State.Requests.Abort)
        {
            return;
        }

        try
        {
            var superseded = await updater.UpdateAsync(
                active.State.Id, (state, at) => RunCommands.Supersede(state, queued.Digest, at), "supersede-requested",
                $"a newer image {queued.Digest} supersedes this run", due: true, cancellationToken);
            if (superseded is { Outcome.Accepted: true } accepted)
            {
                await chainer.ChainAsync(active.State.Id, accepted.Version, cancellationToken);
            }
            else
            {
                await StartNextAsync(queued.Service, cancellationToken);
            }
        }
        catch (TimeoutException)
        {
            // A step holds the active run; the queued run's next check asks again.
        }
    }

    /// <summary>Starts the newest queued run of a service if none is active; supersedes the older queued ones.</summary>
    public async Task StartNextAsync(string service, CancellationToken cancellationToken)
    {
        var runs = await store.RunsOfAsync(service, 50, cancellationToken);
        if (runs.Any(r => !r.State.IsTerminal && r.State.Phase != RunPhase.Queued))
        {
            return;
        }

        var queued = runs.Where(r => r.State.Phase == RunPhase.Queued).OrderByDescending(r => r.State.Id).ToArray();
        if (queued.Length == 0)
        {
            return;
        }

        await SupersedeQueuedAsync(queued.Skip(1), queued[0].State.Digest, cancellationToken);
        // Refused when another run of the service became active meanwhile: this one stays queued until that one ends.
        if (await updater.UpdateAsync(queued[0].State.Id, RunCommands.Start, "started", "the service's previous run ended: starting", due: true, cancellationToken) is { Outcome.Accepted: true } started)
        {
            await chainer.ChainAsync(queued[0].State.Id, started.Version, cancellationToken);
        }
    }

    /// <summary>Ends queued runs that a newer push replaced before they started.</summary>
    public async Task SupersedeQueuedAsync(IEnumerable<StoredRun> queued, string digest, CancellationToken cancellationToken)
    {
        foreach (var run in queued)
        {
            await updater.UpdateAsync(
                run.State.Id,
                (state, _) => state.Phase == RunPhase.Queued
                    ? CommandOutcome.Accept(state with { Phase = RunPhase.Superseded, Reason = $"superseded by {digest} before it started" })
                    : CommandOutcome.Refuse(state, "it already started"),
                "superseded",
                $"superseded by {digest} before it started",
                due: false,
                cancellationToken);
        }
    }
}
