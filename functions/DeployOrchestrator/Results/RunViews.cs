using Functions.DeployOrchestrator.Domain;
using Functions.DeployOrchestrator.State;

namespace Functions.DeployOrchestrator.Results;

/// <summary>Runs and events as commands show them.</summary>
internal static class RunViews
{
    public static RunView Of(StoredRun stored)
    {
        var run = stored.State;
        var requests = new List<string>();
        if (run.Requests.Paused)
        {
            requests.Add("paused");
        }

        if (run.Requests.Promote)
        {
            requests.Add("promote");
        }

        if (run.Requests.PromoteFull)
        {
            requests.Add("promoteFull");
        }

        if (run.Requests.Abort)
        {
            requests.Add("abort");
        }

        if (run.Requests.SupersededBy is { } digest)
        {
            requests.Add($"supersededBy {digest}");
        }

        var step = run.StepIndex < run.Steps.Count ? $"{run.StepIndex + 1}/{run.Steps.Count} {Describe(run.Steps[run.StepIndex])}" : $"{run.Steps.Count}/{run.Steps.Count} done";
        return new RunView(run.Id, run.Service, run.Image, run.Phase.ToString(), step, run.Weight, run.StableVersion, run.NewVersion, requests, run.Reason,
            stored.Version, stored.NextRunAt, run.Progress.LastDetail);
    }

    public static EventView Of(StoredEvent stored) => new(stored.At, stored.Kind, stored.Message, stored.Phase);

    private static string Describe(RunStep step) => step switch
    {
        SetWeightStep weight => $"setWeight {weight.Percent}",
        PauseStep { Duration: { } duration } => $"pause {duration}",
        PauseStep => "pause until promoted",
        HealthCheckStep check => $"healthCheck {check.Check.Name}",
        AnalysisStep analysis => $"analysis {analysis.Analysis.Name}",
        KeepWarmStep warm => $"keepWarm {warm.Duration}",
        _ => step.GetType().Name,
    };
}
