using Functions.DeployOrchestrator.Domain;
using Functions.DeployOrchestrator.State;
using Npgsql;

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
    private const string UniqueViolation = "23505";

    /// <summary>The active (started, unfinished) run of a service, or null.</summary>
    public async Task<StoredRun?> ActiveAsync(string service, CancellationToken cancellationToken) =>
        (await store.RunsOfAsync(service, 50, cancellationToken)).FirstOrDefault(r => !r.State.IsTerminal && r.State.Phase != RunPhase.Queued);

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
        try
        {
            if (await updater.UpdateAsync(queued[0].State.Id, RunCommands.Start, "started", "the service's previous run ended: starting", due: true, cancellationToken) is { Outcome.Accepted: true } started)
            {
                await chainer.ChainAsync(queued[0].State.Id, started.Version, cancellationToken);
            }
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation)
        {
            // Another run of the service became active meanwhile; this one stays queued until that one ends.
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
