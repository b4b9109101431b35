using System.Globalization;
using System.Text.Json;

namespace Functions.Notify;

/// <summary>
/// Turns a platform's answer into an outcome. The robots answer 200 with an error code in the body, so the code
/// decides: rate-limit codes (WeCom 45009, DingTalk 130101, Feishu 11232) are throttling, "system busy" (-1) is
/// retryable, every other code (bad signature, missing keyword, IP not allowed, bad request) is permanent. Without a
/// code, HTTP 429 is throttling, 5xx retryable and other 4xx permanent.
/// </summary>
internal static class ReplyClassifier
{
    /// <summary>DingTalk throttles a robot for ten minutes once it exceeds 20 a minute.</summary>
    public static readonly TimeSpan DingTalkPenalty = TimeSpan.FromMinutes(10);

    /// <summary>The wait when nothing better is known (a minute: the robots' limits are per minute).</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromMinutes(1);

    public static DeliveryOutcome Classify(ReceiverKind kind, int httpStatus, ReadOnlySpan<byte> body, TimeSpan? retryAfter)
    {
        var platform = kind.ToString();
        var reply = kind == ReceiverKind.Webhook ? null : Parse(body);
        if (reply?.ErrorCode is { } code)
        {
            var said = string.Create(CultureInfo.InvariantCulture, $"{platform} error {code}: {Shorten(reply.Message)}");
            if (code == 0 && httpStatus is >= 200 and < 300)
            {
                return DeliveryOutcome.Delivered;
            }

            if (IsRateLimit(kind, code))
            {
                return DeliveryOutcome.Throttled(retryAfter ?? (kind == ReceiverKind.DingTalk ? DingTalkPenalty : DefaultRetryAfter), said);
            }

            if (code != 0)
            {
                return DeliveryOutcome.Failed(retryable: code == -1 || httpStatus >= 500, said);
            }
        }

        var http = string.Create(CultureInfo.InvariantCulture, $"{platform} answered HTTP {httpStatus}");
        return httpStatus switch
        {
            >= 200 and < 300 when kind == ReceiverKind.Webhook => DeliveryOutcome.Delivered,
            >= 200 and < 300 => DeliveryOutcome.Failed(retryable: false, $"{http} without the expected error code"),
            429 => DeliveryOutcome.Throttled(retryAfter ?? DefaultRetryAfter, http),
            >= 500 or 408 => DeliveryOutcome.Failed(retryable: true, http),
            _ => DeliveryOutcome.Failed(retryable: false, http),
        };
    }

    private static bool IsRateLimit(ReceiverKind kind, long code) => (kind, code) switch
    {
        (ReceiverKind.WeCom, 45009) => true,
        (ReceiverKind.DingTalk, 130101) => true,
        (ReceiverKind.Feishu, 11232) => true,
        _ => false,
    };

    private static PlatformReply? Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, NotifyJsonContext.Default.PlatformReply);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Platform messages can be long (WeCom appends hints and links); a reason is one line.
    private static string Shorten(string? message) => Utf8Text.TruncateChars((message ?? string.Empty).ReplaceLineEndings(" "), 200);
}
