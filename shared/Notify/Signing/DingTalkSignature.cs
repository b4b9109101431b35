using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Functions.Notify;

/// <summary>
/// DingTalk's 加签: <c>sign = urlEncode(base64(HMAC-SHA256(key = secret, data = timestamp + "\n" + secret)))</c>,
/// timestamp in epoch milliseconds, both appended to the webhook's query. The timestamp must be within an hour of
/// DingTalk's clock.
/// </summary>
public static class DingTalkSignature
{
    /// <summary>The base64 signature (not yet URL-encoded).</summary>
    /// <param name="secret">The robot's <c>SEC…</c> secret.</param>
    /// <param name="timestampMilliseconds">Epoch milliseconds.</param>
    /// <returns>The signature.</returns>
    public static string Sign(string secret, long timestampMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var data = Encoding.UTF8.GetBytes($"{timestampMilliseconds.ToString(CultureInfo.InvariantCulture)}\n{secret}");
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), data));
    }

    /// <summary>The query parameters to append: <c>timestamp=…&amp;sign=…</c>, the sign URL-encoded.</summary>
    /// <param name="secret">The robot's secret.</param>
    /// <param name="timestampMilliseconds">Epoch milliseconds.</param>
    /// <returns>The parameters, without a leading separator.</returns>
    public static string Query(string secret, long timestampMilliseconds) =>
        $"timestamp={timestampMilliseconds.ToString(CultureInfo.InvariantCulture)}&sign={Uri.EscapeDataString(Sign(secret, timestampMilliseconds))}";

    /// <summary>The signed webhook URL.</summary>
    /// <param name="url">The webhook URL (with its <c>access_token</c>).</param>
    /// <param name="secret">The robot's secret.</param>
    /// <param name="timestampMilliseconds">Epoch milliseconds.</param>
    /// <returns>The URL with <c>timestamp</c> and <c>sign</c> appended.</returns>
    public static Uri SignUrl(Uri url, string secret, long timestampMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url.OriginalString;
        var separator = url.Query.Length > 1 ? "&" : text.EndsWith('?') ? string.Empty : "?";
        return new Uri(text + separator + Query(secret, timestampMilliseconds));
    }
}
