using Functions.DeployOrchestrator.Domain;
using Functions.DeployOrchestrator.State;
using Npgsql;

namespace Functions.DeployOrchestrator.Runs;

/// <summary>
/// Turns a push (or a <c>deploy</c> command) into a run. The run's identity is (service, digest): a repeated webhook
/// finds its run and starts nothing. While the service has an active run, the new one is queued and the active one
/// is asked to roll back as superseded; it starts when that one has ended.
/// </summary>
/// <param name="store">The runs.</param>
/// <param name="queue">The one-active-run rule.</param>
/// <param name="chainer">Chains first steps.</param>
/// <param name="time">The clock.</param>
internal sealed class RunStarter(RunStore store, RunQueue queue, RunChainer chainer, TimeProvider time)
{
    private const string UniqueViolation = "23505";

    /// <summary>Starts (or queues) a run; the outcome says which, or that the push was already known.</summary>
    public async Task<StartOutcome> StartAsync(string service, string image, string digest, IReadOnlyList<RunStep> steps, string stepHash, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(service, digest, cancellationToken) is { } known)
        {
            return new StartOutcome(known.State.Id, "duplicate", $"run {known.State.Id} already handles {digest} ({known.State.Phase})");
        }

        var active = await queue.ActiveAsync(service, cancellationToken);
        var now = time.GetUtcNow();
        (StoredRun Run, bool Created) created;
        try
        {
            created = await CreateAsync(service, image, digest, steps, stepHash, queued: active is not null, now, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation)
        {
            // Another push of the service became active between our read and our insert: queue behind it.
            active = await queue.ActiveAsync(service, cancellationToken);
            created = await CreateAsync(service, image, digest, steps, stepHash, queued: true, now, cancellationToken);
        }

        var run = created.Run;
        if (!created.Created)
        {
            return new StartOutcome(run.State.Id, "duplicate", $"run {run.State.Id} already handles {digest} ({run.State.Phase})");
        }

        var older = (await store.RunsOfAsync(service, 50, cancellationToken)).Where(r => r.State.Phase == RunPhase.Queued && r.State.Id < run.State.Id);
        await queue.SupersedeQueuedAsync(older, digest, cancellationToken);
        if (run.State.Phase != RunPhase.Queued)
        {
            await chainer.ChainAsync(run.State.Id, run.Version, cancellationToken);
            return new StartOutcome(run.State.Id, "started", $"run {run.State.Id} deploys {image}");
        }

        await queue.AdvanceAsync(run.State, cancellationToken);
        return new StartOutcome(run.State.Id, "queued", $"run {run.State.Id} waits while run {active?.State.Id} rolls back as superseded");
    }

    /// <summary>Starts a rollback run (no deploy, no analysis) unless the service has an active run.</summary>
    public async Task<StartOutcome> StartRollbackAsync(RunState draft, CancellationToken cancellationToken)
    {
        if (await queue.ActiveAsync(draft.Service, cancellationToken) is { } active)
        {
            return new StartOutcome(active.State.Id, "refused", $"run {active.State.Id} is active ({active.State.Phase}); abort it first (abort sends traffic back to the stable version)");
        }

        var now = time.GetUtcNow();
        var events = new[] { new RunEvent("created", draft.Reason ?? "rollback", true) };
        var (run, created) = await store.CreateAsync(draft with { CreatedAt = now, PhaseStartedAt = now, StepStartedAt = now }, events, now, now, cancellationToken);
        if (!created)
        {
            return new StartOutcome(run.State.Id, "duplicate", $"run {run.State.Id} already does this rollback");
        }

        await chainer.ChainAsync(run.State.Id, run.Version, cancellationToken);
        return new StartOutcome(run.State.Id, "started", $"run {run.State.Id}: {draft.Reason}");
    }

    private Task<(StoredRun Run, bool Created)> CreateAsync(
        string service, string image, string digest, IReadOnlyList<RunStep> steps, string stepHash, bool queued, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var draft = RunFactory.Create(0, service, image, digest, steps, stepHash, now, queued);
        var events = new[] { new RunEvent(queued ? "queued" : "created", queued ? $"queued: {image}" : $"deploying {image}", true) };
        return store.CreateAsync(draft, events, queued ? now + RunQueue.QueueCheck : now, now, cancellationToken);
    }
}
