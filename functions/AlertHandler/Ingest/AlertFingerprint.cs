using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Functions.AlertHandler.Alerts;

namespace Functions.AlertHandler.Ingest;

/// <summary>
/// The identity of an alert: SHA-256 over its source and its labels sorted by name, truncated to 16 bytes (32 hex
/// characters). Status, values, times and delivery ids are left out on purpose, so a firing and a resolved delivery
/// of the same alarm share one fingerprint and de-duplication and grouping can pair them.
/// </summary>
internal static class AlertFingerprint
{
    // 0xFF never occurs in UTF-8, so "a"+"bc" and "ab"+"c" cannot hash alike (Prometheus' labels hash does the same).
    private const byte Separator = 0xFF;

    /// <summary>Computes the fingerprint.</summary>
    /// <param name="source">The alert's source; part of the hash so equal labels from different senders differ.</param>
    /// <param name="labels">The identifying labels, in any order.</param>
    /// <returns>32 lower-case hex characters.</returns>
    public static string Compute(AlertSource source, IReadOnlyDictionary<string, string> labels)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Append(buffer, SourceKey(source));
        foreach (var label in labels.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            Append(buffer, label.Key);
            Append(buffer, label.Value);
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    // Written out rather than the enum's name: fingerprints are stored, and renaming a member must not change them.
    private static string SourceKey(AlertSource source) => source switch
    {
        AlertSource.CloudMonitorMetric => "cloudmonitor-metric",
        AlertSource.CloudMonitorEvent => "cloudmonitor-event",
        AlertSource.Alertmanager => "alertmanager",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown alert source."),
    };

    private static void Append(ArrayBufferWriter<byte> buffer, string text)
    {
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
        var written = Encoding.UTF8.GetBytes(text, span);
        span[written] = Separator;
        buffer.Advance(written + 1);
    }
}
