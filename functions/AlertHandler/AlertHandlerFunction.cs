using Functions.AlertHandler.Actions;
using Functions.AlertHandler.Commands;
using Functions.AlertHandler.Configuration;
using Functions.AlertHandler.Runs;
using Functions.Scf.Security;
using Functions.AlertHandler.State;
using Functions.Notify;
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
            new("silence", "Manage silences: {\"action\":\"add\",\"matchers\":[\"alertname=\\\"HighCPU\\\"\"],\"duration\":\"2h\",\"createdBy\":\"alice\",\"comment\":\"deploying\"}, {\"action\":\"list\"}, {\"action\":\"expire\",\"id\":\"…\"}."),
            new("test", "Send a test notification through every channel of a receiver: {\"receiver\":\"oncall\"}."),
            new("status", "Open groups and their timers, silences, recent actions with cooldowns, recent notifications."),
            new("flush", "Perform queued actions and send due group notifications now (the minute timer does this)."),
        ],
        Variables = AlertHandlerVariables.All,
        ConfigureServices = Configure,
    };

    private static void Configure(FunctionServices function)
    {
        var settings = AlertHandlerSettings.Read(function.Settings);
        function.Services.AddSingleton(settings);
        function.AddPostgres(StateVariables.DatabaseUrl, required: true);
        function.AddRedis(StateVariables.RedisUrl, required: true);
        function.AddTencentCloud();
        function.AddNotify();
        AddRouting(function, settings);

        var services = function.Services;
        services.AddSingleton(new SharedTokenAuthenticator(settings.CallbackToken, AlertHandlerVariables.CallbackToken, "X-Alert-Token"));
        services.AddSingleton<AlertStore>();
        services.AddSingleton(sp => new DeliveryMemory(sp.GetRequiredService<Functions.State.Redis.RedisConnection>(), settings.RedisPrefix));
        services.AddSingleton<FlushTrigger>();
        services.AddSingleton<CallbackReceiver>();
        services.AddSingleton<IActionPerformer, AutoscalerScaleUp>();
        services.AddSingleton<IActionPerformer, ServiceRestart>();
        services.AddSingleton<IActionPerformer, BackupTrigger>();
        services.AddSingleton<ActionRunner>();
        services.AddSingleton<GroupFlusher>();
        services.AddSingleton<FlushRunner>();
        services.AddSingleton<SilenceCommand>();
        services.AddSingleton<StatusReader>();
        services.AddSingleton<TestNotification>();
        services.AddScoped<IFunctionHandler, AlertHandlerHandler>();
    }

    // The routing file is read and its receivers resolved at start, so a bad file fails the init naming the variable.
    private static void AddRouting(FunctionServices function, AlertHandlerSettings settings)
    {
        if (settings.ConfigFile is null && settings.ConfigJson is null)
        {
            function.Settings.Problem(AlertHandlerVariables.ConfigFile, $"(or {AlertHandlerVariables.ConfigJson}) is required: the routes, receivers and actions (see samples/config/alerthandler.json)");
            return;
        }

        try
        {
            var configuration = function.Configuration;
            function.Services.AddSingleton(AlertRouting.Load(settings, name => configuration[name]));
        }
        catch (AlertConfigException e)
        {
            function.Settings.Problem(settings.ConfigJson is null ? AlertHandlerVariables.ConfigFile : AlertHandlerVariables.ConfigJson, $"is not usable: {string.Join("; ", e.Problems)}");
        }
    }
}
