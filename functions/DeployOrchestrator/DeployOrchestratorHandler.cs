using Functions.Scf.Events;
using Functions.Scf.Hosting;

namespace Functions.DeployOrchestrator;

/// <summary>
/// Routes the DeployOrchestrator's events: TCR push webhooks over the Function URL, the minute timer pump,
/// its own chained steps and operators' commands.
/// </summary>
internal sealed class DeployOrchestratorHandler : IFunctionHandler
{
    private static readonly HashSet<string> Commands = DeployOrchestratorFunction.Definition.Commands.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

    private static FunctionDefinition Function => DeployOrchestratorFunction.Definition;

    public Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context, CancellationToken cancellationToken) =>
        Task.FromResult(invocationEvent switch
        {
            HttpRequestEvent { Method: "POST" } => HttpRoutes.NotImplemented(Function, "TCR push webhooks"),
            HttpRequestEvent http => HttpRoutes.MethodNotAllowed(http, "POST"),
            TimerEvent => throw Function.NotImplemented("the run pump"),
            CommandEvent command when Commands.Contains(command.Name) => throw Function.NotImplemented($"command '{command.Name}'"),
            CommandEvent command => throw Function.UnknownCommand(command),
            _ => throw Function.Unsupported(invocationEvent),
        });
}
