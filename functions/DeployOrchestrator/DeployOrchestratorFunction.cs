using Functions.Scf.Configuration;
using Functions.Scf.Cloud;
using Functions.Scf.Events;
using Functions.Scf.Hosting;
using Functions.State;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.DeployOrchestrator;

/// <summary>The DeployOrchestrator's identity, events, commands and configuration.</summary>
internal static class DeployOrchestratorFunction
{
    public const string Name = "DeployOrchestrator";

    public static readonly FunctionDefinition Definition = new()
    {
        Name = Name,
        Summary = "Takes a pushed image through deploy, health check, traffic shift and analysis to finalise or roll back.",
        EventKinds = [EventKind.Http, EventKind.Timer, EventKind.Command],
        Commands =
        [
            new("deploy", "Start a run: {\"service\":\"superinsight\",\"image\":\"…@sha256:…\"}."),
            new("step", "Continue a run (chained by the function itself): {\"runId\":…,\"expectedVersion\":…}."),
            new("promote", "Go past the current pause."),
            new("promoteFull", "Skip the remaining steps and send all traffic to the new version."),
            new("pause", "Hold the run where it is."),
            new("resume", "Continue a paused run."),
            new("abort", "Stop the run and roll back; always wins over a pending promote."),
            new("retry", "Retry the failed step of the same run."),
            new("rollback", "Send traffic back to a previous revision, skipping analysis."),
            new("status", "The run, its step and its history."),
        ],
        Variables =
        [
            new("TCR_WEBHOOK_TOKEN", "Value TCR's webhook must send in its configured header.", Sensitivity: Sensitivity.Secret),
            new("TCB_ENV_ID", "CloudBase environment id of the services to deploy."),
            StateVariables.Database("deployment runs and their event log"),
            StateVariables.Redis("leases"),
        ],
        ConfigureServices = Configure,
    };

    private static void Configure(FunctionServices function)
    {
        function.AddOptionalStateStores();
        function.AddTencentCloud();
        function.Services.AddScoped<IFunctionHandler, DeployOrchestratorHandler>();
    }
}
