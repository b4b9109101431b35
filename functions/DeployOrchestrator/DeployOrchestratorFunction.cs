using Functions.DeployOrchestrator.Commands;
using Functions.DeployOrchestrator.Configuration;
using Functions.DeployOrchestrator.Notifications;
using Functions.DeployOrchestrator.Platform;
using Functions.DeployOrchestrator.Runs;
using Functions.DeployOrchestrator.State;
using Functions.DeployOrchestrator.Webhooks;
using Functions.Notify;
using Functions.Scf.Cloud;
using Functions.Scf.Events;
using Functions.Scf.Hosting;
using Functions.Scf.Security;
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
            new("deploy", "Start a run: {\"service\":\"superinsight\",\"image\":\"registry/ns/repo:tag@sha256:…\"}."),
            new("step", "Take a run's next step (chained by the function itself): {\"runId\":…,\"expectedVersion\":…}."),
            new("pump", "Take the next step of every due run (the minute timer does this)."),
            new("promote", "Go past the current pause: {\"service\":\"superinsight\"} or {\"runId\":…}."),
            new("promoteFull", "Skip the remaining steps and send all traffic to the new version."),
            new("pause", "Hold the run where it is."),
            new("resume", "Continue a paused run."),
            new("abort", "Roll back and stop; always wins over a pending promote: {\"service\":…,\"reason\":…}."),
            new("retry", "Retry the failed step of the same run: {\"service\":…} (its newest failed run) or {\"runId\":…}."),
            new("rollback", "Send all traffic back to a previous revision, skipping analysis: {\"service\":…,\"revision\":\"superinsight-012\"} (still on the platform: traffic only; gone: its image redeployed) or {\"service\":…,\"image\":\"…@sha256:…\"}."),
            new("status", "A service's runs, the current step and the history: {\"service\":…} or {\"runId\":…}."),
        ],
        Variables = DeployVariables.All,
        ConfigureServices = Configure,
    };

    private static void Configure(FunctionServices function)
    {
        var settings = DeploySettings.Read(function.Settings);
        function.Services.AddSingleton(settings);
        function.AddPostgres(StateVariables.DatabaseUrl, required: true);
        function.AddTencentCloud();
        function.AddNotify();
        AddRouting(function);
        var services = function.Services;
        services.AddSingleton(new SharedTokenAuthenticator(settings.WebhookToken, DeployVariables.WebhookToken, "Authentication"));
        services.AddSingleton<RunStore>();
        services.AddSingleton<RunUpdater>();
        services.AddSingleton<RunChainer>();
        services.AddSingleton<RunQueue>();
        services.AddSingleton<RunStarter>();
        services.AddSingleton<RunNotifier>();
        services.AddSingleton<StepRunner>();
        services.AddSingleton<RunPump>();
        services.AddSingleton<PushReceiver>();
        services.AddSingleton<OperatorCommands>();
        services.AddSingleton<StartCommands>();
        PlatformServices.Add(function);
        services.AddScoped<IFunctionHandler, DeployOrchestratorHandler>();
    }

    // The deployment file is read and its receivers resolved at start, so a bad file fails the init naming the variable.
    private static void AddRouting(FunctionServices function)
    {
        try
        {
            var configuration = function.Configuration;
            function.Services.AddSingleton(DeployRouting.Load(name => configuration[name]));
        }
        catch (DeployConfigException e)
        {
            function.Settings.Problem("The deployment file", $"is not usable: {string.Join("; ", e.Problems)}");
        }
    }
}
