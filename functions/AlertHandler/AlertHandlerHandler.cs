using Functions.Scf.Events;
using Functions.Scf.Hosting;

namespace Functions.AlertHandler;

/// <summary>
/// Routes the AlertHandler's events: alarm callbacks over the Function URL or delivered directly, the minute
/// timer that flushes grouped notifications, and operators' commands.
/// </summary>
internal sealed class AlertHandlerHandler : IFunctionHandler
{
    private static FunctionDefinition Function => AlertHandlerFunction.Definition;

    public Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context, CancellationToken cancellationToken) =>
        Task.FromResult(invocationEvent switch
        {
            HttpRequestEvent { Method: "POST" } => HttpRoutes.NotImplemented(Function, "alarm callbacks"),
            HttpRequestEvent http => HttpRoutes.MethodNotAllowed(http, "POST"),
            AlarmEvent => throw Function.NotImplemented("direct alarm delivery"),
            TimerEvent => throw Function.NotImplemented("the grouped-notification flush"),
            CommandEvent { Name: "silence" or "test" or "status" } command => throw Function.NotImplemented($"command '{command.Name}'"),
            CommandEvent command => throw Function.UnknownCommand(command),
            _ => throw Function.Unsupported(invocationEvent),
        });
}
