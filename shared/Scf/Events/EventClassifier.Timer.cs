using System.Globalization;
using System.Text.Json;

namespace Functions.Scf.Events;

public sealed partial class EventClassifier
{
    private static TimerEvent ReadTimer(JsonElement root)
    {
        var fields = Fields(root, "timer event");
        var time = fields.OptionalString("Time");
        DateTimeOffset? parsed = null;
        if (!string.IsNullOrEmpty(time))
        {
            parsed = DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
                ? value
                : throw fields.Fail($"field 'Time' must be an ISO-8601 time such as 2019-02-21T11:49:00Z, not '{time}'");
        }

        return new TimerEvent(root, fields.OptionalString("TriggerName") ?? "", parsed, fields.OptionalString("Message") ?? "");
    }
}
