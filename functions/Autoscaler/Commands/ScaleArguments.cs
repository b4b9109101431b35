using Functions.Autoscaler.Policy;
using Functions.Scf.Events;

namespace Functions.Autoscaler.Commands;

/// <summary>Reads <c>{"command":"scale","direction":"up","alarmId":"…","reason":"…"}</c>, as AlertHandler sends it.</summary>
internal static class ScaleArguments
{
    public static AlarmRequest Parse(CommandEvent command)
    {
        var arguments = command.Arguments;
        var direction = arguments.OptionalString("direction")?.ToLowerInvariant() switch
        {
            null or "up" => ScaleDirection.Up,
            "down" => ScaleDirection.Down,
            var other => throw arguments.Fail($"field 'direction' must be \"up\" or \"down\", not \"{other}\""),
        };
        var alarmId = arguments.RequiredString("alarmId");
        if (string.IsNullOrWhiteSpace(alarmId) || alarmId.Length > 200)
        {
            throw arguments.Fail("field 'alarmId' must be a non-empty id of at most 200 characters (it de-duplicates deliveries)");
        }

        return new AlarmRequest(alarmId, direction, arguments.OptionalString("reason"));
    }
}
