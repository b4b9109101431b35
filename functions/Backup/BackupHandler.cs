using Functions.Backup.Notifications;
using Functions.Backup.Results;
using Functions.Backup.Runs;
using Functions.Backup.Sets;
using Functions.Scf.Errors;
using Functions.Scf.Events;
using Functions.Scf.Hosting;

namespace Functions.Backup;

/// <summary>
/// Routes the Backup function's events: the nightly timer backs up (its Message names a plan or sources); commands
/// back up, list, verify, restore and prune. Work that did not finish is reported as an error, never a success.
/// </summary>
internal sealed class BackupHandler(BackupService service, BackupNotifier notifier, TimeProvider time) : IFunctionHandler
{
    private static FunctionDefinition Function => BackupFunction.Definition;

    private static BackupResultsJsonContext Json => BackupResultsJsonContext.Default;

    public async Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context, CancellationToken cancellationToken) =>
        invocationEvent switch
        {
            TimerEvent timer => await BackupAsync(TimerPlan.Request(timer, time.GetUtcNow()), cancellationToken),
            CommandEvent { Name: "backup" } command => await BackupAsync(ManualRequest(command), cancellationToken),
            CommandEvent { Name: "list" } => InvocationResult.From(await service.ListAsync(cancellationToken), Json.ListResult),
            CommandEvent { Name: "verify" } command => await VerifyAsync(command, cancellationToken),
            CommandEvent { Name: "restore" } command => await RestoreAsync(command, cancellationToken),
            CommandEvent { Name: "prune" } command =>
                InvocationResult.From(await service.PruneAsync(command.Arguments.OptionalBoolean("dryRun") ?? true, cancellationToken), Json.PruneResult),
            CommandEvent command => throw Function.UnknownCommand(command),
            _ => throw Function.Unsupported(invocationEvent),
        };

    private async Task<InvocationResult> BackupAsync(BackupRequest request, CancellationToken cancellationToken)
    {
        BackupResult result;
        try
        {
            result = await service.BackupAsync(request, Function.Version, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await notifier.FailedAsync("backup", request.SetId, $"set {request.SetId} did not finish before the deadline; nothing was recorded and its uploads were aborted.");
            throw;
        }

        var line = string.Join("; ", result.Set.Sources.Select(s => s.Verified ? $"{s.Name} ok ({s.Bytes} bytes)" : $"{s.Name} failed: {s.Error ?? "verification failed"}"));
        if (!result.Set.Complete)
        {
            await notifier.FailedAsync("backup", request.SetId, $"set {request.SetId} is incomplete: {line}");
            throw new FunctionException("BackupIncomplete", $"Set {request.SetId} is incomplete{(result.Written ? "" : " and was not recorded")}: {line}.");
        }

        await notifier.SucceededAsync(request.SetId, $"set {request.SetId}: {line}");
        return InvocationResult.From(result, Json.BackupResult);
    }

    private async Task<InvocationResult> VerifyAsync(CommandEvent command, CancellationToken cancellationToken)
    {
        var result = await service.VerifyAsync(command.Arguments.OptionalString("set") ?? SetSelection.Latest, cancellationToken);
        if (!result.Passed)
        {
            var failed = result.Objects.Where(o => !o.Verified).Select(o => $"{o.Key}: {o.Verification}");
            await notifier.FailedAsync("verify", result.SetId, string.Join("; ", failed));
            throw new FunctionException("VerificationFailed", $"Set {result.SetId} failed verification: {string.Join("; ", failed)}.");
        }

        return InvocationResult.From(result, Json.VerifyResult);
    }

    private async Task<InvocationResult> RestoreAsync(CommandEvent command, CancellationToken cancellationToken)
    {
        var arguments = command.Arguments;
        var set = arguments.OptionalString("set") ?? SetSelection.Latest;
        try
        {
            var result = await service.RestoreAsync(set, arguments.RequiredString("source"), arguments.RequiredString("target"),
                arguments.OptionalBoolean("clean") ?? false, cancellationToken);
            return InvocationResult.From(result, Json.RestoreResult);
        }
        catch (Pipeline.SourceFailedException e)
        {
            await notifier.FailedAsync("restore", set, e.Message);
            throw new FunctionException("RestoreFailed", e.Message, e);
        }
    }

    private BackupRequest ManualRequest(CommandEvent command)
    {
        var sources = command.Arguments.OptionalArray("sources")?.EnumerateArray().Select(s => s.GetString() ?? "").ToArray() ?? [];
        var set = command.Arguments.OptionalString("set") is { } id
            ? SetLayout.IsValid(id) ? id : throw new InvalidArgumentsException($"field 'set' must be a set id, not '{id}'.")
            : SetLayout.ForManualRun(time.GetUtcNow());
        return new BackupRequest(set, command.Arguments.OptionalString("plan") ?? "manual", "command backup", sources);
    }
}
