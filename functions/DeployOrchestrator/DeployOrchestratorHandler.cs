using System.Text.Json.Serialization.Metadata;
using Functions.DeployOrchestrator.Commands;
using Functions.DeployOrchestrator.Results;
using Functions.DeployOrchestrator.Runs;
using Functions.DeployOrchestrator.Webhooks;
using Functions.Scf.Errors;
using Functions.Scf.Events;
using Functions.Scf.Hosting;
using Functions.Scf.Security;
using Functions.Scf.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Functions.DeployOrchestrator;

/// <summary>
/// Routes the DeployOrchestrator's events: TCR push webhooks over the Function URL (authenticated), its own chained
/// <c>step</c>s, the minute timer pump, and operators' commands.
/// </summary>
/// <param name="services">The invocation's services.</param>
internal sealed class DeployOrchestratorHandler(IServiceProvider services) : IFunctionHandler
{
    private static FunctionDefinition Function => DeployOrchestratorFunction.Definition;

    public async Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context, CancellationToken cancellationToken) =>
        invocationEvent switch
        {
            HttpRequestEvent { Method: "POST" } http => await WebhookAsync(http, cancellationToken),
            HttpRequestEvent http => HttpRoutes.MethodNotAllowed(http, "POST"),
            TimerEvent => await PumpAsync(context, cancellationToken),
            CommandEvent { Name: "pump" } => await PumpAsync(context, cancellationToken),
            CommandEvent { Name: "step" } command => await StepAsync(command, context, cancellationToken),
            CommandEvent { Name: "deploy" } command => Json(await Start.DeployAsync(command, cancellationToken), DeployJsonContext.Default.CommandResult),
            CommandEvent { Name: "rollback" } command => Json(await Start.RollbackAsync(command, cancellationToken), DeployJsonContext.Default.CommandResult),
            CommandEvent { Name: "promote" } command => Json(await Operator.PromoteAsync(command, cancellationToken), DeployJsonContext.Default.CommandResult),
            CommandEvent { Name: "promoteFull" } command => Json(await Operator.PromoteFullAsync(command, cancellationToken), DeployJsonContext.Default.CommandResult),
            CommandEvent { Name: "pause" } command => Json(await Operator.PauseAsync(command, cancellationToken), DeployJsonContext.Default.CommandResult),
            CommandEvent { Name: "resume" } command => Json(await Operator.ResumeAsync(command, cancellationToken), DeployJsonContext.Default.CommandResult),
            CommandEvent { Name: "abort" } command => Json(await Operator.AbortAsync(command, cancellationToken), DeployJsonContext.Default.CommandResult),
            CommandEvent { Name: "retry" } command => Json(await Operator.RetryAsync(command, cancellationToken), DeployJsonContext.Default.CommandResult),
            CommandEvent { Name: "status" } command => Json(await Operator.StatusAsync(command, cancellationToken), DeployJsonContext.Default.StatusResult),
            CommandEvent command => throw Function.UnknownCommand(command),
            _ => throw Function.Unsupported(invocationEvent),
        };

    private OperatorCommands Operator => services.GetRequiredService<OperatorCommands>();

    private StartCommands Start => services.GetRequiredService<StartCommands>();

    // Authentication first: an unauthenticated caller learns nothing about the body and starts nothing.
    private async Task<InvocationResult> WebhookAsync(HttpRequestEvent http, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<SharedTokenAuthenticator>().Refuse(http, services.GetRequiredService<ILogger<DeployOrchestratorHandler>>()) is { } refused)
        {
            return InvocationResult.Http(refused);
        }

        try
        {
            var result = await services.GetRequiredService<PushReceiver>().ReceiveAsync(http.BodyBytes(), cancellationToken);
            return InvocationResult.Http(HttpResponse.Json(200, ScfJson.Serialize(result, DeployJsonContext.Default.WebhookResult)));
        }
        catch (EventFormatException e)
        {
            return InvocationResult.Http(HttpResponse.Error(400, "BadRequest", e.Message));
        }
    }

    private async Task<InvocationResult> StepAsync(CommandEvent command, InvocationContext context, CancellationToken cancellationToken)
    {
        var arguments = command.Arguments;
        var runId = arguments.OptionalInt64("runId") ?? throw arguments.Fail("needs field 'runId'");
        var outcome = await services.GetRequiredService<StepRunner>().StepAsync(runId, arguments.OptionalInt64("expectedVersion"), context.RequestId, cancellationToken);
        return Json(new StepResult([outcome]), DeployJsonContext.Default.StepResult);
    }

    private async Task<InvocationResult> PumpAsync(InvocationContext context, CancellationToken cancellationToken) =>
        Json(new StepResult(await services.GetRequiredService<RunPump>().PumpAsync(context.RequestId, context.Deadline, cancellationToken)), DeployJsonContext.Default.StepResult);

    private static InvocationResult Json<T>(T value, JsonTypeInfo<T> typeInfo) => InvocationResult.From(value, typeInfo);
}
