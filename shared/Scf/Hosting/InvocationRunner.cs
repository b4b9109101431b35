using Functions.Scf.Configuration;
using Functions.Scf.Errors;
using Functions.Scf.Events;
using Functions.Scf.Logging;
using Functions.TencentCloud.Credentials;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Functions.Scf.Hosting;

/// <summary>
/// The one path every transport takes: classify the event, run the handler in its own scope under a deadline,
/// turn any failure into an error with a type, redact, and write one summary log line.
/// </summary>
public sealed partial class InvocationRunner
{
    private readonly FunctionDefinition _function;
    private readonly IServiceProvider _services;
    private readonly HostOptions _options;
    private readonly EventClassifier _classifier;
    private readonly SecretRedactor _redactor;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the runner over the built services.</summary>
    /// <param name="function">The function being hosted.</param>
    /// <param name="services">The root service provider.</param>
    public InvocationRunner(FunctionDefinition function, IServiceProvider services)
    {
        _function = function;
        _services = services;
        _options = services.GetRequiredService<HostOptions>();
        _classifier = new EventClassifier(_options.MaxEventBytes);
        _redactor = services.GetRequiredService<SecretRedactor>();
        _time = services.GetRequiredService<TimeProvider>();
        _logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Functions.Scf.Invocation");
    }

    /// <summary>The mode the host runs in (for the context and the logs).</summary>
    public HostMode Mode { get; init; } = HostMode.LocalInvoke;

    /// <summary>Runs one invocation to an outcome. Never throws for anything the event or handler does.</summary>
    /// <param name="eventJson">The event as delivered.</param>
    /// <param name="request">The transport's facts about the invocation.</param>
    /// <param name="shutdown">Cancelled when the process is asked to stop.</param>
    /// <returns>The outcome to report.</returns>
    public async Task<InvocationOutcome> InvokeAsync(ReadOnlyMemory<byte> eventJson, InvocationRequest request, CancellationToken shutdown)
    {
        var started = _time.GetTimestamp();
        var timeLimit = request.TimeLimit ?? _options.DefaultTimeLimit;
        var (soft, hard) = Deadline.Split(timeLimit, _options.DeadlineMargin);
        var context = new InvocationContext(
            request.RequestId, _function.Name, Mode, timeLimit, _time.GetUtcNow() + soft, request.MemoryLimitMb, _time);

        using var logScope = _logger.BeginScope(new InvocationScope(request.RequestId, _function.Name));
        using var credentials = InvocationCredentials.Use(request.Credentials);
        using var secrets = SecretRedactor.AddForScope(request.Credentials?.SecretKey, request.Credentials?.SessionToken);
        using var deadline = new CancellationTokenSource(soft, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, shutdown);

        InvocationEvent? invocationEvent = null;
        InvocationOutcome outcome;
        try
        {
            invocationEvent = _classifier.Classify(eventJson);
            var result = await RunHandlerAsync(invocationEvent, context, hard - soft, linked.Token);
            outcome = InvocationOutcome.Success(result);
        }
        catch (Exception e)
        {
            outcome = InvocationOutcome.Failure(ToError(e, request.RequestId, deadline, soft, shutdown));
        }

        var redacted = Redact(outcome);
        LogSummary(invocationEvent, redacted, _time.GetElapsedTime(started));
        return redacted;
    }

    private async Task<InvocationResult> RunHandlerAsync(
        InvocationEvent invocationEvent, InvocationContext context, TimeSpan grace, CancellationToken token)
    {
        if (invocationEvent is HttpRequestEvent http && http.BodyLength > _options.MaxHttpBodyBytes)
        {
            return InvocationResult.Http(HttpResponse.Error(
                413, "payload_too_large", $"The request body is {http.BodyLength} bytes; the limit is {_options.MaxHttpBodyBytes}."));
        }

        if (invocationEvent is CommandEvent { Name: HealthCommand.Name })
        {
            return await HealthCommand.RunAsync(_function, _services, token);
        }

        if (!_function.EventKinds.Contains(invocationEvent.Kind))
        {
            throw new UnsupportedEventException(_function.Name, invocationEvent.Kind, _function.EventKinds);
        }

        await using var scope = _services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<IFunctionHandler>();

        // Task.Run shields the loop from a handler that blocks synchronously before its first await.
        var work = Task.Run(() => handler.HandleAsync(invocationEvent, context, token), CancellationToken.None);
        try
        {
            return await work.WaitAsync(token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested && !work.IsCompleted)
        {
            // The handler got its cancellation; give it the grace period to wind down, then stop waiting.
            try
            {
                return await work.WaitAsync(grace, _time, CancellationToken.None);
            }
            catch (TimeoutException)
            {
                LogAbandoned(context.RequestId);
                throw new OperationCanceledException(token);
            }
        }
    }
}
