using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace Functions.Notify;

/// <summary>
/// Sends one notification to one receiver and classifies the answer. It never retries and never throws for a
/// delivery problem (network, timeout, error codes): the caller decides what a failure means. Only the caller's
/// cancellation propagates.
/// </summary>
/// <param name="http">A long-lived client (one per process; see <see cref="NotifyServices"/>).</param>
/// <param name="time">The clock, for the signatures' timestamps.</param>
/// <param name="logger">Logs outcomes with the receiver's redacted URL.</param>
public sealed partial class NotificationSender(HttpClient http, TimeProvider time, ILogger<NotificationSender> logger)
{
    /// <summary>The default time one request may take.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The time one request may take.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Formats, signs and posts <paramref name="notification"/>.</summary>
    /// <param name="receiver">Where to.</param>
    /// <param name="notification">What.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>How it went.</returns>
    public async Task<DeliveryOutcome> SendAsync(ReceiverSettings receiver, Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        var request = ChannelFormatter.Format(receiver, notification, time.GetUtcNow());
        var outcome = await PostAsync(receiver, request, cancellationToken);
        if (outcome.Status == DeliveryStatus.Delivered)
        {
            LogDelivered(receiver.Name, receiver.Kind, receiver.Redacted);
        }
        else
        {
            LogNotDelivered(receiver.Name, receiver.Kind, receiver.Redacted, outcome.Status, outcome.Reason);
        }

        return outcome;
    }

    private async Task<DeliveryOutcome> PostAsync(ReceiverSettings receiver, ChannelRequest request, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Url)
        {
            Content = new ByteArrayContent(request.Body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } },
        };
        if (request.BearerToken is { } token)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token);
            var body = await response.Content.ReadAsByteArrayAsync(linked.Token);
            var outcome = ReplyClassifier.Classify(receiver.Kind, (int)response.StatusCode, body, RetryAfterOf(response));
            return outcome.Reason is { } reason ? outcome with { Reason = receiver.Scrub(reason) } : outcome;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryOutcome.Failed(retryable: true, $"no answer from {receiver.Redacted} within {Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            // HttpClient's messages can name the URL; scrub before it goes anywhere.
            return DeliveryOutcome.Failed(retryable: true, receiver.Scrub($"could not reach {receiver.Redacted}: {e.HttpRequestError}: {e.Message}"));
        }
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    [LoggerMessage(EventId = 7100, Level = LogLevel.Information, Message = "Notified {Receiver} ({Kind}, {Url})")]
    private partial void LogDelivered(string receiver, ReceiverKind kind, string url);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Notifying {Receiver} ({Kind}, {Url}): {Status}: {Reason}")]
    private partial void LogNotDelivered(string receiver, ReceiverKind kind, string url, DeliveryStatus status, string? reason);
}
