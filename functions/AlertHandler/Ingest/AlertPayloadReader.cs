using System.Text.Json;
using Functions.AlertHandler.Alerts;
using Functions.Scf.Events;

namespace Functions.AlertHandler.Ingest;

/// <summary>
/// Turns an alert callback body into alerts: checks its size, parses the JSON, tells a Cloud Monitor alarm
/// (<c>alarmStatus</c>/<c>alarmPolicyInfo</c>) from an Alertmanager webhook (<c>version</c>/<c>alerts</c>) and hands it
/// to that format's parser. Unknown extra fields are ignored; nothing is reflection-based.
/// </summary>
internal static class AlertPayloadReader
{
    /// <summary>
    /// The largest body accepted: 256 KiB. A Cloud Monitor alarm is about 1–2 KiB; an Alertmanager group of a few
    /// hundred alerts fits. Beyond it the caller gets 413 rather than this function parsing an unbounded body.
    /// </summary>
    public const int MaxBodyBytes = 256 * 1024;

    private const string Expected =
        "expected a Cloud Monitor alarm ({\"alarmStatus\":…,\"alarmPolicyInfo\":…}) or an Alertmanager webhook ({\"version\":\"4\",\"alerts\":[…]})";

    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 32 };

    /// <summary>Reads the body of an HTTP callback, decoding Base64 when the request says so.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The alerts.</returns>
    /// <exception cref="AlertPayloadTooLargeException">The body is larger than <see cref="MaxBodyBytes"/> (413).</exception>
    /// <exception cref="AlertPayloadException">The body is not a well-formed alert payload (400).</exception>
    public static IReadOnlyList<Alert> Read(HttpRequestEvent request)
    {
        // Checked before decoding, so an oversized body is never copied.
        if (request.BodyLength > MaxBodyBytes + 2)
        {
            throw new AlertPayloadTooLargeException(request.BodyLength, MaxBodyBytes);
        }

        byte[] body;
        try
        {
            body = request.BodyBytes();
        }
        catch (Scf.Errors.EventFormatException e)
        {
            throw new AlertPayloadException("The alert body is marked isBase64Encoded but is not valid Base64.", e);
        }

        return Read(body);
    }

    /// <summary>Reads a body.</summary>
    /// <param name="utf8Json">The body's bytes.</param>
    /// <returns>The alerts.</returns>
    /// <exception cref="AlertPayloadTooLargeException">The body is larger than <see cref="MaxBodyBytes"/> (413).</exception>
    /// <exception cref="AlertPayloadException">The body is not a well-formed alert payload (400).</exception>
    public static IReadOnlyList<Alert> Read(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Length > MaxBodyBytes)
        {
            throw new AlertPayloadTooLargeException(utf8Json.Length, MaxBodyBytes);
        }

        if (utf8Json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new AlertPayloadException($"The alert body is empty; {Expected}.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, ParseOptions);
        }
        catch (JsonException e)
        {
            // The parser's message gives the line and byte position, never the content.
            throw new AlertPayloadException($"The alert body is not valid JSON ({e.Message}).", e);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    /// <summary>Reads a body already parsed, such as an alarm delivered straight to the function.</summary>
    /// <param name="root">The body's root.</param>
    /// <returns>The alerts.</returns>
    /// <exception cref="AlertPayloadException">The body is not a well-formed alert payload (400).</exception>
    public static IReadOnlyList<Alert> Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new AlertPayloadException($"The alert body must be a JSON object, not {PayloadObject.Describe(root)}; {Expected}.");
        }

        if (root.TryGetProperty("alarmStatus", out _) || root.TryGetProperty("alarmPolicyInfo", out _))
        {
            return CloudMonitorAlarmParser.Parse(root);
        }

        if (root.TryGetProperty("version", out _) || root.TryGetProperty("alerts", out _))
        {
            return AlertmanagerWebhookParser.Parse(root);
        }

        // Names only, never values: the body may carry anything.
        var fields = string.Join(", ", root.EnumerateObject().Take(8).Select(p => p.Name.Length > 40 ? p.Name[..40] + "…" : p.Name));
        throw new AlertPayloadException($"Unrecognised alert body with fields [{fields}]; {Expected}.");
    }
}
