using System.Text;

namespace Functions.ObjectStorage.Signing;

/// <summary>
/// The percent-encoding both signatures use: UTF-8 bytes, only <c>A–Z a–z 0–9 - _ . ~</c> left as they are,
/// uppercase hex (COS doc §3.1; AWS SigV4 "UriEncode").
/// </summary>
internal static class UriEncoder
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>Encodes a value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="keepSlash">Leaves '/' alone (object key paths).</param>
    /// <returns>The encoded value.</returns>
    public static string Encode(string value, bool keepSlash = false)
    {
        if (IsUnreserved(value, keepSlash))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (IsUnreserved(b) || (keepSlash && b == '/'))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }

        return builder.ToString();
    }

    private static bool IsUnreserved(string value, bool keepSlash)
    {
        foreach (var c in value)
        {
            if (c > 0x7F || !(IsUnreserved((byte)c) || (keepSlash && c == '/')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';
}
