using System.Text.Json;
using Functions.Backup.Sets;
using Functions.Scf.Errors;
using Functions.Scf.Events;

namespace Functions.Backup.Runs;

/// <summary>
/// Reads a timer's Message as the plan: empty (every configured source), a comma-separated source list, or
/// <c>{"plan":"nightly","sources":[…]}</c>. The set is the timer's slot, so SCF's retries land in the same set.
/// </summary>
internal static class TimerPlan
{
    public static BackupRequest Request(TimerEvent timer, DateTimeOffset now)
    {
        var slot = timer.Time ?? now;
        var setId = SetLayout.ForSlot(slot);
        var trigger = $"timer {timer.TriggerName} at {slot:yyyy-MM-dd'T'HH:mm'Z'}";
        var message = timer.Message.Trim();
        if (message.Length == 0)
        {
            return new BackupRequest(setId, "scheduled", trigger, []);
        }

        if (!message.StartsWith('{'))
        {
            return new BackupRequest(setId, "scheduled", trigger, message.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        try
        {
            using var document = JsonDocument.Parse(message);
            var fields = new JsonFields(document.RootElement.Clone(), "timer Message", static m => new InvalidArgumentsException(m));
            var sources = fields.OptionalArray("sources")?.EnumerateArray().Select(s => s.GetString() ?? "").ToArray() ?? [];
            return new BackupRequest(setId, fields.OptionalString("plan") ?? "scheduled", trigger, sources);
        }
        catch (JsonException e)
        {
            throw new InvalidArgumentsException($"timer Message looks like JSON but is not valid ({e.Message}); use {{\"plan\":\"nightly\",\"sources\":[\"postgres\"]}} or postgres,redis.");
        }
    }
}
