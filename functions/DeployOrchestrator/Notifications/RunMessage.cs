using System.Text;
using Functions.DeployOrchestrator.Domain;
using Functions.Notify;

namespace Functions.DeployOrchestrator.Notifications;

/// <summary>A run's change as markdown every channel renders.</summary>
internal static class RunMessage
{
    public static Notification For(RunState run, IReadOnlyList<RunEvent> events)
    {
        var failed = run.Phase is RunPhase.Failed or RunPhase.RollingBack or RunPhase.Aborted or RunPhase.Superseded;
        var title = $"[{run.Phase.ToString().ToUpperInvariant()}] {run.Service} run {run.Id}";
        var text = new StringBuilder()
            .Append("**image** `").Append(run.Image).Append("`\n")
            .Append("**versions** stable ").Append(run.StableVersion ?? "none").Append(" → new ").Append(run.NewVersion ?? "not deployed")
            .Append(", new version at ").Append(run.Weight).Append(" %\n");
        if (run.Phase == RunPhase.Stepping && run.StepIndex < run.Steps.Count)
        {
            text.Append("**step** ").Append(run.StepIndex + 1).Append(" of ").Append(run.Steps.Count).Append('\n');
        }

        foreach (var runEvent in events)
        {
            text.Append("- ").Append(runEvent.Message).Append('\n');
        }

        if (run.Reason is { } reason)
        {
            text.Append("\n> ").Append(reason).Append('\n');
        }

        return new Notification(title, text.ToString(), failed ? NotificationStatus.Firing : NotificationStatus.Info, null);
    }
}
