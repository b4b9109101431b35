using Functions.AlertHandler.Commands;
using Functions.AlertHandler.Ingest;
using Functions.AlertHandler.Results;
using Functions.AlertHandler.Runs;
using Functions.Scf.Security;
using Functions.Scf.Events;
using Functions.Scf.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Functions.AlertHandler;

/// <summary>
/// Routes the AlertHandler's events: alarm callbacks over the Function URL (authenticated) or delivered directly by
/// Cloud Monitor (an SCF invoke, authorised by the platform), the minute timer and the self-invoked <c>flush</c>
/// that act and notify, and operators' commands.
/// </summary>
/// <param name="services">The invocation's services, resolved per event so a bad routing file fails only what needs it.</param>
internal sealed class AlertHandlerHandler(IServiceProvider services) : IFunctionHandler
{
    private static FunctionDefinition Function => AlertHandlerFunction.Definition;

    public async Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context, CancellationToken cancellationToken) =>
        invocationEvent switch
        {
            HttpRequestEvent { Method: "POST" } http => await CallbackAsync(http, cancellationToken),
            HttpRequestEvent http => HttpRoutes.MethodNotAllowed(http, "POST"),
            AlarmEvent alarm => Json(await Receiver.ReceiveAsync(AlertPayloadReader.Read(alarm.Json), cancellationToken), AlertHandlerJsonContext.Default.CallbackResult),
            TimerEvent => await FlushAsync(context, cancellationToken),
            CommandEvent { Name: "flush" } => await FlushAsync(context, cancellationToken),
            CommandEvent { Name: "silence" } command =>
                Json(await services.GetRequiredService<SilenceCommand>().RunAsync(command, cancellationToken), AlertHandlerJsonContext.Default.SilenceResult),
            CommandEvent { Name: "status" } =>
                Json(await services.GetRequiredService<StatusReader>().ReadAsync(cancellationToken), AlertHandlerJsonContext.Default.StatusResult),
            CommandEvent { Name: "test" } command =>
                Json(await services.GetRequiredService<TestNotification>().RunAsync(command, cancellationToken), AlertHandlerJsonContext.Default.TestResult),
            CommandEvent command => throw Function.UnknownCommand(command),
            _ => throw Function.Unsupported(invocationEvent),
        };

    private CallbackReceiver Receiver => services.GetRequiredService<CallbackReceiver>();

    // Authentication first: an unauthenticated caller learns nothing about the body and changes nothing.
    private async Task<InvocationResult> CallbackAsync(HttpRequestEvent http, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<SharedTokenAuthenticator>().Refuse(http, services.GetRequiredService<ILogger<AlertHandlerHandler>>()) is { } refused)
        {
            return InvocationResult.Http(refused);
        }

        try
        {
            var result = await Receiver.ReceiveAsync(AlertPayloadReader.Read(http), cancellationToken);
            return InvocationResult.Http(HttpResponse.Json(200, Scf.Serialization.ScfJson.Serialize(result, AlertHandlerJsonContext.Default.CallbackResult)));
        }
        catch (AlertPayloadTooLargeException e)
        {
            return InvocationResult.Http(HttpResponse.Error(413, "PayloadTooLarge", e.Message));
        }
        catch (AlertPayloadException e)
        {
            return InvocationResult.Http(HttpResponse.Error(400, "BadRequest", e.Message));
        }
    }

    private async Task<InvocationResult> FlushAsync(InvocationContext context, CancellationToken cancellationToken) =>
        Json(await services.GetRequiredService<FlushRunner>().RunAsync(context.Deadline, cancellationToken), AlertHandlerJsonContext.Default.FlushResult);

    private static InvocationResult Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) => InvocationResult.From(value, typeInfo);
}
