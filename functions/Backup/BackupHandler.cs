using Functions.Scf.Events;
using Functions.Scf.Hosting;

namespace Functions.Backup;

/// <summary>Routes the Backup function's events: the nightly timer runs a plan; commands come from operators.</summary>
internal sealed class BackupHandler : IFunctionHandler
{
    private static FunctionDefinition Function => BackupFunction.Definition;

    public Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context, CancellationToken cancellationToken) =>
        invocationEvent switch
        {
            TimerEvent => throw Function.NotImplemented("the scheduled backup"),
            CommandEvent { Name: "backup" or "list" or "verify" or "restore" or "prune" } command =>
                throw Function.NotImplemented($"command '{command.Name}'"),
            CommandEvent command => throw Function.UnknownCommand(command),
            _ => throw Function.Unsupported(invocationEvent),
        };
}
