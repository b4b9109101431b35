using System.Globalization;

namespace Functions.ObjectStorage.Models;

/// <summary>An inclusive byte range for a ranged GET.</summary>
/// <param name="From">The first byte.</param>
/// <param name="To">The last byte, or null for "to the end".</param>
public sealed record ByteRange(long From, long? To = null)
{
    /// <summary>The <c>Range</c> header value.</summary>
    /// <returns>For example <c>bytes=0-9</c>.</returns>
    public string ToHeader() => To is { } to
        ? string.Create(CultureInfo.InvariantCulture, $"bytes={From}-{to}")
        : string.Create(CultureInfo.InvariantCulture, $"bytes={From}-");
}
