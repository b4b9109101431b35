using Functions.Scf.Configuration;
using Functions.Scf.Cloud;
using Functions.Scf.Events;
using Functions.Scf.Hosting;
using Functions.State;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.AlertHandler;

/// <summary>The AlertHandler's identity, events, commands and configuration.</summary>
internal static class AlertHandlerFunction
{
    public const string Name = "AlertHandler";

    public static readonly FunctionDefinition Definition = new()
    {
        Name = Name,
        Summary = "Receives Cloud Monitor and Alertmanager alarms, de-duplicates and groups them, acts and notifies.",
        EventKinds = [EventKind.Http, EventKind.Alarm, EventKind.Timer, EventKind.Command],
        Commands =
        [
            new("silence", "Manage silences: {\"action\":\"add|list|expire\",…}."),
            new("test", "Send a test notification through a receiver: {\"receiver\":\"oncall\"}."),
            new("status", "Open groups, silences, recent notifications and action cooldowns."),
        ],
        Variables =
        [
            new("ALERT_CALLBACK_TOKEN", "Shared token callers must present (header, query or URL basic auth).", Sensitivity: Sensitivity.Secret),
            StateVariables.Database("alert groups, silences and the notification log"),
            StateVariables.Redis("de-duplication keys and notification rate limits"),
        ],
        ConfigureServices = Configure,
    };

    private static void Configure(FunctionServices function)
    {
        function.AddOptionalStateStores();
        function.AddTencentCloud();
        function.Services.AddScoped<IFunctionHandler, AlertHandlerHandler>();
    }
}
