using Functions.Scf.Cloud;
using Functions.Scf.Events;
using Functions.Scf.Hosting;
using Functions.State;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.Autoscaler;

/// <summary>The Autoscaler's identity, events, commands and configuration.</summary>
internal static class AutoscalerFunction
{
    public const string Name = "Autoscaler";

    public static readonly FunctionDefinition Definition = new()
    {
        Name = Name,
        Summary = "Reads CPU, memory and request-rate metrics and sets the CloudBase Run instance count, saying why.",
        EventKinds = [EventKind.Timer, EventKind.Command],
        Commands =
        [
            new("scale", "Scale request from AlertHandler: {\"direction\":\"up\",\"reason\":…,\"alarmId\":…}."),
            new("set", "Pin the instance count until an expiry: {\"instances\":3,\"until\":\"2026-12-01T00:00:00Z\"}."),
            new("status", "Current count, settings, last decisions and cooldowns remaining."),
            new("evaluate", "Decide without applying ({\"dryRun\":true}), or what-if with every input given in the event."),
            new("simulate", "Replay a load trace through the policy and the baselines."),
        ],
        Variables =
        [
            new("TCB_ENV_ID", "CloudBase environment id of the service to scale."),
            new("TCB_SERVICE_NAME", "CloudBase Run service name.", "superinsight"),
            StateVariables.Database("scaling-decision audit"),
            StateVariables.Redis("leases, cooldowns and recommendation windows"),
        ],
        ConfigureServices = Configure,
    };

    private static void Configure(FunctionServices function)
    {
        function.AddOptionalStateStores();
        function.AddTencentCloud();
        function.Services.AddScoped<IFunctionHandler, AutoscalerHandler>();
    }
}
