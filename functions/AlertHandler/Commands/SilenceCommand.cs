using Functions.Scf.Configuration;
using Functions.AlertHandler.Results;
using Functions.AlertHandler.Routing;
using Functions.AlertHandler.State;
using Functions.Scf.Events;

namespace Functions.AlertHandler.Commands;

/// <summary>
/// <c>silence</c>: add (matchers in Alertmanager syntax, a duration or an end, who and why — all required, as
/// Alertmanager's API), list (active and pending; <c>"all": true</c> adds expired ones) and expire (by id).
/// </summary>
/// <param name="store">The silences.</param>
/// <param name="time">The clock.</param>
internal sealed class SilenceCommand(AlertStore store, TimeProvider time)
{
    private static readonly TimeSpan MaxDuration = TimeSpan.FromDays(30);

    public async Task<SilenceResult> RunAsync(CommandEvent command, CancellationToken cancellationToken)
    {
        var arguments = command.Arguments;
        var now = time.GetUtcNow();
        switch (arguments.RequiredString("action"))
        {
            case "add":
                var silence = Parse(command, now);
                await store.AddSilenceAsync(silence, cancellationToken);
                return new SilenceResult("add", [View(silence, now)]);
            case "list":
                var all = arguments.OptionalBoolean("all") ?? false;
                return new SilenceResult("list", (await store.SilencesAsync(now, all, cancellationToken)).Select(s => View(s, now)).ToArray());
            case "expire":
                var id = arguments.RequiredString("id");
                if (!await store.ExpireSilenceAsync(id, now, cancellationToken))
                {
                    throw arguments.Fail($"field 'id': there is no active or pending silence '{id}'");
                }

                var expired = (await store.SilencesAsync(now, includeExpired: true, cancellationToken)).Where(s => s.Id == id).Select(s => View(s, now)).ToArray();
                return new SilenceResult("expire", expired);
            case var other:
                throw arguments.Fail($"field 'action' must be add, list or expire, not '{other}'");
        }
    }

    private static StoredSilence Parse(CommandEvent command, DateTimeOffset now)
    {
        var arguments = command.Arguments;
        var texts = arguments.OptionalArray("matchers")?.EnumerateArray().Select(m => m.GetString() ?? "").ToArray()
            ?? throw arguments.Fail("needs field 'matchers': a list such as [\"alertname=\\\"HighCPU\\\"\"]");
        var startsAt = Time(command, "startsAt") ?? now;
        var endsAt = Time(command, "endsAt") ?? startsAt + Duration(command);
        var stored = new StoredSilence(
            $"sil-{Guid.NewGuid():N}"[..16], texts, startsAt, endsAt, arguments.OptionalString("createdBy") ?? "", arguments.OptionalString("comment") ?? "", now);
        Silence silence;
        try
        {
            silence = Runs.SilenceMapper.ToSilence(stored);
        }
        catch (FormatException e)
        {
            throw arguments.Fail($"field {e.Message}");
        }

        var problems = silence.Problems().ToList();
        if (endsAt - startsAt > MaxDuration)
        {
            problems.Add($"a silence may last at most {MaxDuration.TotalDays:0} days");
        }

        if (endsAt <= now)
        {
            problems.Add("it would end before now");
        }

        return problems.Count > 0 ? throw arguments.Fail("is not a valid silence: " + string.Join("; ", problems)) : stored;
    }

    private static TimeSpan Duration(CommandEvent command)
    {
        var text = command.Arguments.OptionalString("duration") ?? throw command.Arguments.Fail("needs field 'duration' (such as \"2h\") or 'endsAt'");
        try
        {
            return PromDuration.Parse(text);
        }
        catch (FormatException e)
        {
            throw command.Arguments.Fail($"field 'duration': {e.Message}");
        }
    }

    private static DateTimeOffset? Time(CommandEvent command, string field) =>
        command.Arguments.OptionalString(field) is not { } text ? null
        : DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at
        : throw command.Arguments.Fail($"field '{field}' must be an RFC 3339 time such as 2026-11-27T12:00:00Z, not '{text}'");

    internal static SilenceView View(StoredSilence silence, DateTimeOffset now) => new(
        silence.Id, silence.Matchers, silence.StartsAt, silence.EndsAt, silence.CreatedBy, silence.Comment,
        silence.EndsAt <= now ? "expired" : silence.StartsAt > now ? "pending" : "active");
}
