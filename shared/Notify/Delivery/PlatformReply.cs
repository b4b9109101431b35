using System.Text.Json.Serialization;

namespace Functions.Notify;

/// <summary>
/// What the robots answer (with HTTP 200 even on errors): WeCom and DingTalk <c>errcode</c>/<c>errmsg</c>, Feishu
/// <c>code</c>/<c>msg</c>, and Feishu's older <c>StatusCode</c>/<c>StatusMessage</c>.
/// </summary>
internal sealed record PlatformReply(
    [property: JsonPropertyName("errcode")] long? ErrCode,
    [property: JsonPropertyName("errmsg")] string? ErrMsg,
    [property: JsonPropertyName("code")] long? Code,
    [property: JsonPropertyName("msg")] string? Msg,
    [property: JsonPropertyName("StatusCode")] long? StatusCode,
    [property: JsonPropertyName("StatusMessage")] string? StatusMessage)
{
    /// <summary>The error code, whichever field carries it.</summary>
    public long? ErrorCode => ErrCode ?? Code ?? StatusCode;

    /// <summary>The message, whichever field carries it.</summary>
    public string? Message => ErrMsg ?? Msg ?? StatusMessage;
}
