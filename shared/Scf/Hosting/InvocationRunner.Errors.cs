using System.Text;
using Functions.Scf.Errors;
using Functions.Scf.Events;
using Microsoft.Extensions.Logging;

namespace Functions.Scf.Hosting;

public sealed partial class InvocationRunner
{
    private InvocationError ToError(
        Exception exception, string requestId, CancellationTokenSource deadline, TimeSpan soft, CancellationToken shutdown)
    {
        switch (exception)
        {
            case FunctionException expected:
                return new InvocationError(expected.ErrorType, expected.Message, requestId);
            case OperationCanceledException when deadline.IsCancellationRequested:
                return new InvocationError(
                    ErrorTypes.Timeout,
                    $"{_function.Name} did not finish within {soft.TotalMilliseconds:F0} ms (the time limit minus DEADLINE_MARGIN_MS).",
                    requestId);
            case OperationCanceledException when shutdown.IsCancellationRequested:
                return new InvocationError(ErrorTypes.Shutdown, "The process was asked to stop before the invocation finished.", requestId);
            default:
                // The invocation boundary: anything unexpected is logged with its stack and reported by type.
                LogUnhandled(exception);
                return new InvocationError(exception.GetType().Name, exception.Message, requestId);
        }
    }

    private InvocationOutcome Redact(InvocationOutcome outcome)
    {
        if (outcome.Error is { } error)
        {
            return InvocationOutcome.Failure(error with { ErrorMessage = _redactor.Redact(error.ErrorMessage) });
        }

        var json = outcome.Result!.Utf8Json;
        if (!_redactor.HasSecrets)
        {
            return outcome;
        }

        var text = Encoding.UTF8.GetString(json.Span);
        var redacted = _redactor.Redact(text);
        return ReferenceEquals(text, redacted)
            ? outcome
            : InvocationOutcome.Success(InvocationResult.FromJson(Encoding.UTF8.GetBytes(redacted)));
    }

    private void LogSummary(InvocationEvent? invocationEvent, InvocationOutcome outcome, TimeSpan elapsed)
    {
        if (!_logger.IsEnabled(LogLevel.Warning))
        {
            return;
        }

        var kind = invocationEvent is null ? "unclassified" : EventKinds.Describe(invocationEvent.Kind);
        var detail = invocationEvent switch
        {
            CommandEvent command => command.Name,
            HttpRequestEvent http => $"{http.Method} {http.Path} {outcome.Result?.HttpStatus}".TrimEnd(),
            TimerEvent timer => timer.TriggerName,
            _ => "",
        };
        var durationMs = Math.Round(elapsed.TotalMilliseconds, 2);
        if (outcome.Error is { } error)
        {
            LogFailed("error", kind, detail, error.ErrorType, durationMs, error.ErrorMessage);
        }
        else
        {
            LogSucceeded("success", kind, detail, durationMs);
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Invocation {Outcome}: {EventKind} {Detail} in {DurationMs} ms")]
    private partial void LogSucceeded(string outcome, string eventKind, string detail, double durationMs);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning,
        Message = "Invocation {Outcome}: {EventKind} {Detail} {ErrorType} in {DurationMs} ms: {ErrorMessage}")]
    private partial void LogFailed(string outcome, string eventKind, string detail, string errorType, double durationMs, string errorMessage);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "Unhandled exception in the handler")]
    private partial void LogUnhandled(Exception exception);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning,
        Message = "Handler for {RequestId} ignored its cancellation; the host reports the timeout and stops waiting for it")]
    private partial void LogAbandoned(string requestId);
}
