using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Functions.TestSupport;

public sealed partial class RuntimeApiEmulator
{
    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (TryFault(path, out var status))
        {
            context.Response.StatusCode = status;
            return;
        }

        switch (context.Request.Method, path)
        {
            case ("POST", "/runtime/init/ready"):
                await ReadBodyAsync(context);
                ReadyCount++;
                if (ReadyCount > 1)
                {
                    Violation("init/ready posted more than once");
                }

                _ready.TrySetResult();
                break;
            case ("GET", "/runtime/invocation/next"):
                await NextAsync(context);
                break;
            case ("POST", "/runtime/invocation/response"):
                await AnswerAsync(context, isError: false);
                break;
            case ("POST", "/runtime/invocation/error"):
                await AnswerAsync(context, isError: true);
                break;
            default:
                Violation($"unknown endpoint {context.Request.Method} {path}");
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private async Task NextAsync(HttpContext context)
    {
        Interlocked.Increment(ref _nextCalls);
        if (!_ready.Task.IsCompleted)
        {
            Violation("invocation/next called before init/ready");
        }

        PendingInvocation? pending;
        lock (_gate)
        {
            // The documented behaviour: next during an unanswered invocation returns the same event.
            pending = _current;
        }

        if (pending is null)
        {
            try
            {
                pending = await _queue.Reader.ReadAsync(context.RequestAborted);
            }
            catch (Exception e) when (e is OperationCanceledException or System.Threading.Channels.ChannelClosedException)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            lock (_gate)
            {
                _current = pending;
            }
        }

        context.Response.Headers["request_id"] = pending.RequestId;
        context.Response.Headers["memory_limit_in_mb"] = pending.MemoryMb.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["time_limit_in_ms"] = ((long)pending.TimeLimit.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(pending.Event);
    }

    private async Task AnswerAsync(HttpContext context, bool isError)
    {
        var body = await ReadBodyAsync(context);
        PendingInvocation? pending;
        lock (_gate)
        {
            pending = _current;
            _current = null;
        }

        if (pending is null)
        {
            Violation($"{(isError ? "error" : "response")} posted with no invocation in flight");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        pending.Outcome.TrySetResult(new EmulatedOutcome(pending.RequestId, isError, body, context.Request.ContentType));
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private sealed record PendingInvocation(string RequestId, byte[] Event, TimeSpan TimeLimit, int MemoryMb)
    {
        public TaskCompletionSource<EmulatedOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
