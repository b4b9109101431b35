using System.Text;

namespace Functions.Notify;

/// <summary>Cuts text to a size in UTF-8 bytes or characters without splitting a character, marking the cut with an ellipsis.</summary>
internal static class Utf8Text
{
    /// <summary>The mark of a cut (3 bytes in UTF-8).</summary>
    public const string Ellipsis = "…";

    private static readonly int EllipsisBytes = Encoding.UTF8.GetByteCount(Ellipsis);

    /// <summary>The UTF-8 size of a text.</summary>
    public static int ByteCount(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary><paramref name="text"/> itself when it fits in <paramref name="maxBytes"/>, else its longest prefix of whole characters that fits with an ellipsis.</summary>
    public static string TruncateBytes(string text, int maxBytes)
    {
        if (ByteCount(text) <= maxBytes)
        {
            return text;
        }

        var budget = maxBytes - EllipsisBytes;
        var used = 0;
        var end = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > budget)
            {
                break;
            }

            used += rune.Utf8SequenceLength;
            end += rune.Utf16SequenceLength;
        }

        return budget <= 0 ? string.Empty : text[..end] + Ellipsis;
    }

    /// <summary>The same in characters (UTF-16 code units), never splitting a surrogate pair.</summary>
    public static string TruncateChars(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var end = Math.Max(0, maxChars - Ellipsis.Length);
        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end] + Ellipsis;
    }
}
