using Functions.Scf.Events;
using Functions.Scf.Hosting;

namespace Functions.Autoscaler;

/// <summary>Routes the Autoscaler's events: the minute timer evaluates; commands come from AlertHandler and operators.</summary>
internal sealed class AutoscalerHandler : IFunctionHandler
{
    private static FunctionDefinition Function => AutoscalerFunction.Definition;

    public Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context, CancellationToken cancellationToken) =>
        invocationEvent switch
        {
            TimerEvent => throw Function.NotImplemented("timer evaluation"),
            CommandEvent { Name: "scale" or "set" or "status" or "evaluate" or "simulate" } command =>
                throw Function.NotImplemented($"command '{command.Name}'"),
            CommandEvent command => throw Function.UnknownCommand(command),
            _ => throw Function.Unsupported(invocationEvent),
        };
}
