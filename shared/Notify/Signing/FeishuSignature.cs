using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Functions.Notify;

/// <summary>
/// Feishu's bot signature, which differs from DingTalk's: <c>timestamp + "\n" + secret</c> is the HMAC-SHA256
/// <em>key</em> and the message is empty; <c>sign = base64(…)</c>, not URL-encoded, timestamp in epoch seconds, and
/// both go in the JSON body. A mismatch is answered with code 19021.
/// </summary>
public static class FeishuSignature
{
    /// <summary>The base64 signature.</summary>
    /// <param name="secret">The bot's secret.</param>
    /// <param name="timestampSeconds">Epoch seconds.</param>
    /// <returns>The signature.</returns>
    public static string Sign(string secret, long timestampSeconds)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var key = Encoding.UTF8.GetBytes($"{timestampSeconds.ToString(CultureInfo.InvariantCulture)}\n{secret}");
        return Convert.ToBase64String(HMACSHA256.HashData(key, ReadOnlySpan<byte>.Empty));
    }
}
