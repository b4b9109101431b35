using Functions.DeployOrchestrator.Domain;
using Functions.DeployOrchestrator.Runs;
using Functions.Notify;

namespace Functions.DeployOrchestrator.Notifications;

/// <summary>
/// Tells the deployment file's receivers about every state change that matters and every failure path, through the
/// shared notifier: one message per committed step that has such events, logged per channel so a retried step does
/// not repeat it. A notification that cannot be sent never holds a run back.
/// </summary>
/// <param name="routing">The receivers.</param>
/// <param name="notifier">The shared notifier.</param>
internal sealed class RunNotifier(DeployRouting routing, Notifier notifier)
{
    public async Task NotifyAsync(RunState run, IReadOnlyList<RunEvent> events, long version, CancellationToken cancellationToken)
    {
        var notable = events.Where(e => e.Notify).ToArray();
        if (notable.Length == 0)
        {
            return;
        }

        var message = RunMessage.For(run, notable);
        foreach (var channel in routing.Channels)
        {
            await notifier.NotifyAsync(channel, message, $"deploy-run-{run.Id}", $"v{version}", cancellationToken);
        }
    }
}
