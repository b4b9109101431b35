using Functions.AlertHandler.Results;
using Functions.AlertHandler.Runs;
using Functions.Notify;
using Functions.Scf.Events;

namespace Functions.AlertHandler.Commands;

/// <summary><c>test</c>: sends a test message through every channel of a receiver (rate limits apply, the log is not used).</summary>
/// <param name="routing">The receivers.</param>
/// <param name="notifier">The notifier.</param>
/// <param name="time">The clock.</param>
internal sealed class TestNotification(AlertRouting routing, Notifier notifier, TimeProvider time)
{
    public async Task<TestResult> RunAsync(CommandEvent command, CancellationToken cancellationToken)
    {
        var receiver = command.Arguments.RequiredString("receiver");
        var channels = routing.Channels(receiver);
        if (channels.Count == 0)
        {
            var known = string.Join(", ", routing.Config.Receivers.Select(r => r.Name));
            throw command.Arguments.Fail($"field 'receiver': '{receiver}' is not a receiver with channels (receivers: {known})");
        }

        var message = new Notification(
            "[TEST] AlertHandler",
            $"A test notification for receiver **{receiver}**, sent {time.GetUtcNow():u}. If you can read this, the channel works.",
            NotificationStatus.Info,
            null);
        var outcomes = new List<ChannelOutcome>();
        foreach (var channel in channels)
        {
            var result = await notifier.SendDirectAsync(channel, message, cancellationToken);
            outcomes.Add(new ChannelOutcome(channel.Name, result.Status.ToString(), result.Reason));
        }

        return new TestResult(receiver, outcomes);
    }
}
