using Microsoft.Extensions.Logging;
using Polly.Retry;

namespace Functions.TencentCloud.Api;

public sealed partial class TencentCloudApiClient
{
    private ValueTask OnRetry(OnRetryArguments<object> arguments)
    {
        if (arguments.Outcome.Exception is TencentCloudApiException e)
        {
            LogRetry(e.Service, e.Action, arguments.AttemptNumber + 1, e.Code, e.ServiceMessage, arguments.RetryDelay.TotalMilliseconds);
        }

        return ValueTask.CompletedTask;
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Debug, Message = "{Service} {Action} answered (request {RequestId}) in {DurationMs} ms, attempt {Attempt}")]
    private partial void LogAnswered(string service, string action, string? requestId, double durationMs, int attempt);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "{Service} {Action} attempt {Attempt} failed with {Code}: {ErrorMessage}; retrying in {DelayMs} ms")]
    private partial void LogRetry(string service, string action, int attempt, string code, string errorMessage, double delayMs);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "{Service} {Action}: the service's clock is {OffsetSeconds} s from ours; re-signing with its time")]
    private partial void LogClockSkew(string service, string action, double offsetSeconds);
}
