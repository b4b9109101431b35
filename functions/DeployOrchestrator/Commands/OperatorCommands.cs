using Functions.DeployOrchestrator.Domain;
using Functions.DeployOrchestrator.Results;
using Functions.DeployOrchestrator.Runs;
using Functions.DeployOrchestrator.State;
using Functions.Scf.Events;

namespace Functions.DeployOrchestrator.Commands;

/// <summary>
/// The console's commands on a service's run: promote, promoteFull, pause, resume, abort (always wins: a pending
/// promote is dropped), retry (the failed step, same run) and status. Each names the run by <c>runId</c> or by
/// <c>service</c> (its active run; for retry, its newest failed run). A change waits for a step in flight, is
/// recorded in the run's log, and takes the run's next step at once.
/// </summary>
/// <param name="store">The runs.</param>
/// <param name="updater">Changes runs safely.</param>
/// <param name="chainer">Takes the next step.</param>
internal sealed class OperatorCommands(RunStore store, RunUpdater updater, RunChainer chainer)
{
    public Task<CommandResult> PromoteAsync(CommandEvent command, CancellationToken cancellationToken) =>
        ChangeAsync(command, RunCommands.Promote, "promoted", "promoted by an operator", cancellationToken);

    public Task<CommandResult> PromoteFullAsync(CommandEvent command, CancellationToken cancellationToken) =>
        ChangeAsync(command, RunCommands.PromoteFull, "promoted-full", "fully promoted by an operator: remaining steps skipped", cancellationToken);

    public Task<CommandResult> PauseAsync(CommandEvent command, CancellationToken cancellationToken) =>
        ChangeAsync(command, RunCommands.Pause, "paused", "paused by an operator", cancellationToken);

    public Task<CommandResult> ResumeAsync(CommandEvent command, CancellationToken cancellationToken) =>
        ChangeAsync(command, RunCommands.Resume, "resumed", "resumed by an operator", cancellationToken);

    public Task<CommandResult> AbortAsync(CommandEvent command, CancellationToken cancellationToken) =>
        ChangeAsync(command, RunCommands.Abort, "abort-requested", $"aborted by an operator{Because(command)}", cancellationToken);

    public Task<CommandResult> RetryAsync(CommandEvent command, CancellationToken cancellationToken) =>
        ChangeAsync(command, RunCommands.Retry, "retried", "retried by an operator from the failed step", cancellationToken, failedRun: true);

    /// <summary>A service's runs and the newest (or the named) run's history.</summary>
    public async Task<StatusResult> StatusAsync(CommandEvent command, CancellationToken cancellationToken)
    {
        var arguments = command.Arguments;
        var runId = arguments.OptionalInt64("runId");
        var service = arguments.OptionalString("service") ?? (runId is { } id ? (await store.LoadAsync(id, cancellationToken))?.State.Service : null)
            ?? throw arguments.Fail("needs field 'service' (or 'runId')");
        var runs = await store.RunsOfAsync(service, 10, cancellationToken);
        var historyOf = runId ?? (runs.Count > 0 ? runs[0].State.Id : null);
        var history = historyOf is { } of ? (await store.EventsAsync(of, cancellationToken)).Select(RunViews.Of).ToArray() : [];
        return new StatusResult(runs.Select(RunViews.Of).ToArray(), history, historyOf);
    }

    private async Task<CommandResult> ChangeAsync(
        CommandEvent command, Func<RunState, DateTimeOffset, CommandOutcome> change, string kind, string message, CancellationToken cancellationToken, bool failedRun = false)
    {
        var run = await FindAsync(command, failedRun, cancellationToken);
        var updated = await updater.UpdateAsync(run.State.Id, change, kind, message, due: true, cancellationToken);
        if (updated is not { } result)
        {
            throw command.Arguments.Fail($"run {run.State.Id} does not exist");
        }

        var after = await store.LoadAsync(run.State.Id, cancellationToken);
        if (!result.Outcome.Accepted)
        {
            return new CommandResult(command.Name, false, result.Outcome.Refusal!, after is null ? null : RunViews.Of(after));
        }

        await chainer.ChainAsync(run.State.Id, result.Version, cancellationToken);
        return new CommandResult(command.Name, true, message, after is null ? null : RunViews.Of(after));
    }

    private async Task<StoredRun> FindAsync(CommandEvent command, bool failedRun, CancellationToken cancellationToken)
    {
        var arguments = command.Arguments;
        if (arguments.OptionalInt64("runId") is { } id)
        {
            return await store.LoadAsync(id, cancellationToken) ?? throw arguments.Fail($"field 'runId': there is no run {id}");
        }

        var service = arguments.OptionalString("service") ?? throw arguments.Fail("needs field 'runId' or 'service'");
        var runs = await store.RunsOfAsync(service, 50, cancellationToken);
        if (!failedRun)
        {
            return runs.FirstOrDefault(r => !r.State.IsTerminal && r.State.Phase != RunPhase.Queued)
                ?? throw arguments.Fail($"service '{service}' has no active run");
        }

        // Only the newest run that started may be retried: an older failure would redeploy an image a later run replaced.
        var newest = runs.FirstOrDefault(r => r.State.Phase != RunPhase.Queued)
            ?? throw arguments.Fail($"service '{service}' has no run to retry");
        return newest.State.Phase == RunPhase.Failed
            ? newest
            : throw arguments.Fail($"service '{service}''s newest run {newest.State.Id} is {newest.State.Phase}; retry applies to it only when it failed");
    }

    private static string Because(CommandEvent command) => command.Arguments.OptionalString("reason") is { } reason ? $": {reason}" : "";
}
