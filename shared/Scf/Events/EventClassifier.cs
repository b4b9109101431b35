using System.Text.Json;
using Functions.Scf.Errors;

namespace Functions.Scf.Events;

/// <summary>
/// Parses an event's bytes and tells which kind it is by its shape, refusing oversized, malformed or unknown
/// events with a message that says what was expected.
/// </summary>
/// <param name="maxEventBytes">The largest event accepted (<c>MAX_EVENT_BYTES</c>).</param>
public sealed partial class EventClassifier(int maxEventBytes)
{
    private const string Expected =
        "expected a timer ({\"Type\":\"Timer\",…}), an HTTP request ({\"httpMethod\":…}), COS notifications " +
        "({\"Records\":[{\"cos\":…}]}), a command ({\"command\":\"…\"}) or a Cloud Monitor alarm ({\"alarmStatus\":…,\"alarmPolicyInfo\":…})";

    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    /// <summary>Parses and classifies one event.</summary>
    /// <param name="utf8Json">The event as delivered.</param>
    /// <returns>The typed envelope.</returns>
    /// <exception cref="EventFormatException">The event is too large, not JSON, or of no known shape.</exception>
    public InvocationEvent Classify(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Length > maxEventBytes)
        {
            throw new EventFormatException(
                ErrorTypes.EventTooLarge,
                $"The event is {utf8Json.Length} bytes; the limit is {maxEventBytes} (MAX_EVENT_BYTES).");
        }

        var root = Parse(utf8Json);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new EventFormatException($"The event must be a JSON object, not {root.ValueKind.ToString().ToLowerInvariant()}; {Expected}.");
        }

        if (root.TryGetProperty("Type", out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals("Timer"))
        {
            return ReadTimer(root);
        }

        if (root.TryGetProperty("httpMethod", out _))
        {
            return ReadHttp(root);
        }

        if (root.TryGetProperty("Records", out _))
        {
            return ReadCos(root);
        }

        if (root.TryGetProperty("command", out _))
        {
            return ReadCommand(root);
        }

        if (root.TryGetProperty("alarmStatus", out _) && root.TryGetProperty("alarmPolicyInfo", out _))
        {
            return ReadAlarm(root);
        }

        var keys = string.Join(", ", root.EnumerateObject().Take(8).Select(p => p.Name));
        throw new EventFormatException($"Unrecognised event with fields [{keys}]: {Expected}.");
    }

    private static JsonElement Parse(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.IsEmpty)
        {
            throw new EventFormatException($"The event is empty; {Expected}.");
        }

        try
        {
            // Clone detaches the tree from the pooled document, so the envelope can outlive this call.
            using var document = JsonDocument.Parse(utf8Json, ParseOptions);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new EventFormatException($"The event is not valid JSON ({e.Message}).", e);
        }
    }

    private static JsonFields Fields(JsonElement json, string context) =>
        new(json, context, static message => new EventFormatException(message));

    private static CommandEvent ReadCommand(JsonElement root)
    {
        var name = Fields(root, "command event").RequiredString("command").Trim();
        return name.Length == 0
            ? throw new EventFormatException("command event field 'command' is empty; name a command, e.g. {\"command\":\"status\"}.")
            : new CommandEvent(root, name);
    }

    private static AlarmEvent ReadAlarm(JsonElement root)
    {
        var fields = Fields(root, "alarm event");
        var status = fields.OptionalInt64("alarmStatus");
        if (status is not (0 or 1))
        {
            throw fields.Fail($"field 'alarmStatus' must be 1 (alarming) or 0 (recovered), not {status}");
        }

        return new AlarmEvent(root, fields.OptionalString("sessionId") ?? "", status == 1, fields.OptionalString("alarmType") ?? "");
    }
}
