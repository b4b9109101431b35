using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Functions.Scf.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.Scf.Logging;

/// <summary>Formats entries as JSON lines, masks secrets, and writes them whole.</summary>
/// <param name="output">The destination.</param>
/// <param name="redactor">Masks secrets.</param>
/// <param name="time">The clock for timestamps.</param>
internal sealed class JsonLineWriter(TextWriter output, SecretRedactor redactor, TimeProvider time)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = ScfJson.Encoder };
    private readonly Lock _gate = new();

    public void Write<TState>(in LogEntry<TState> entry, IExternalScopeProvider scopes)
    {
        string line;
        try
        {
            line = Format(entry, scopes);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // A property that cannot be written must never fail the work being logged: say so in a plain line.
            line = redactor.Redact($"{{\"level\":\"{entry.LogLevel}\",\"category\":\"{JsonEncodedText.Encode(entry.Category)}\",\"logFailure\":\"{JsonEncodedText.Encode(e.Message)}\"}}");
        }

        // One write per line: stdout is usually an auto-flushing writer, where each Write is a system call.
        var whole = string.Concat(line, "\n");
        lock (_gate)
        {
            output.Write(whole);
            output.Flush();
        }
    }

    private string Format<TState>(in LogEntry<TState> entry, IExternalScopeProvider scopes)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("time", time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            json.WriteString("level", entry.LogLevel.ToString());
            json.WriteString("category", entry.Category);
            json.WriteString("message", entry.Formatter(entry.State, entry.Exception));
            if (entry.EventId.Id != 0)
            {
                json.WriteNumber("eventId", entry.EventId.Id);
            }

            // A property can come from both a scope and the message (e.g. RequestId): write each name once.
            var written = new HashSet<string>(StringComparer.Ordinal) { "time", "level", "category", "message", "eventId", "exception" };
            WriteProperties(json, entry.State, written);
            scopes.ForEachScope(static (scope, state) => WriteProperties(state.Json, scope, state.Written), (Json: json, Written: written));
            if (entry.Exception is { } exception)
            {
                json.WriteString("exception", exception.ToString());
            }

            json.WriteEndObject();
        }

        return redactor.Redact(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteProperties(Utf8JsonWriter json, object? state, HashSet<string> written)
    {
        if (state is not IEnumerable<KeyValuePair<string, object?>> properties)
        {
            return;
        }

        foreach (var (key, value) in properties)
        {
            if (key == "{OriginalFormat}")
            {
                continue;
            }

            var name = JsonNamingPolicy.CamelCase.ConvertName(key);
            if (!written.Add(name))
            {
                continue;
            }

            switch (value)
            {
                case null:
                    json.WriteNull(name);
                    break;
                case bool b:
                    json.WriteBoolean(name, b);
                    break;
                case ulong unsigned:
                    json.WriteNumber(name, unsigned);
                    break;
                case int or long or short or byte or uint:
                    json.WriteNumber(name, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
                case double or float or decimal:
                    json.WriteNumber(name, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                    break;
                case DateTimeOffset moment:
                    json.WriteString(name, moment);
                    break;
                case TimeSpan span:
                    json.WriteNumber(name, Math.Round(span.TotalMilliseconds, 3));
                    break;
                case IEnumerable<string> items:
                    json.WriteStartArray(name);
                    foreach (var item in items)
                    {
                        json.WriteStringValue(item);
                    }

                    json.WriteEndArray();
                    break;
                default:
                    json.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }
    }
}
