using System.Globalization;
using Functions.Autoscaler.Policy;
using Functions.Scf.Events;

namespace Functions.Autoscaler.Commands;

/// <summary>
/// Reads <c>{"command":"set","instances":5,"until":"2026-12-01T00:00:00Z"|"minutes":120,"reason":"…"}</c>, or
/// <c>{"command":"set","clear":true}</c>. A pin must end: an unbounded manual count is how services stay oversized.
/// </summary>
internal static class PinArguments
{
    /// <summary>The longest a pin may last.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(30);

    /// <summary>The pin to set, or null for <c>clear</c>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="now">Now.</param>
    /// <param name="policy">The policy (a pin may not pass its effective maximum).</param>
    /// <returns>The pin or null.</returns>
    public static Pin? Parse(CommandEvent command, DateTimeOffset now, ScalingPolicy policy)
    {
        var arguments = command.Arguments;
        if (arguments.OptionalBoolean("clear") == true)
        {
            return null;
        }

        var instances = arguments.OptionalInt64("instances") ?? throw arguments.Fail("is missing the integer field 'instances' (or \"clear\":true)");
        if (instances < 0 || instances > policy.EffectiveMax)
        {
            throw arguments.Fail($"field 'instances' must be from 0 to {policy.EffectiveMax}{(policy.Stateful ? " (the service is stateful)" : " (the policy's maximum)")}, not {instances}");
        }

        var until = Until(arguments, now);
        if (until <= now || until - now > Longest)
        {
            throw arguments.Fail($"pin must end after now and within {Longest.TotalDays} days; it ends {until:u}");
        }

        return new Pin((int)instances, until, arguments.OptionalString("reason"));
    }

    private static DateTimeOffset Until(JsonFields arguments, DateTimeOffset now)
    {
        if (arguments.OptionalInt64("minutes") is { } minutes)
        {
            return minutes is > 0 and <= 43200 ? now.AddMinutes(minutes) : throw arguments.Fail($"field 'minutes' must be from 1 to 43200, not {minutes}");
        }

        var text = arguments.OptionalString("until") ?? throw arguments.Fail("needs 'until' (an ISO-8601 time) or 'minutes'");
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var until)
            ? until
            : throw arguments.Fail($"field 'until' must be an ISO-8601 time such as 2026-12-01T00:00:00Z, not \"{text}\"");
    }
}
