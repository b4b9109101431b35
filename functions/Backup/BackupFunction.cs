using Functions.Backup.Configuration;
using Functions.Backup.Notifications;
using Functions.Notify;
using Functions.Scf.Events;
using Functions.Scf.Hosting;
using Functions.State;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.Backup;

/// <summary>The Backup function's identity, events, commands and configuration.</summary>
internal static class BackupFunction
{
    public const string Name = "Backup";

    public static readonly FunctionDefinition Definition = new()
    {
        Name = Name,
        Summary = "Streams pg_dump, a Redis snapshot and Label Studio's data to object storage with a manifest; verifies, prunes and restores.",
        EventKinds = [EventKind.Timer, EventKind.Command],
        Commands =
        [
            new("backup", "Back up now: {\"sources\":[\"postgres\",\"redis\",\"labelstudio\"]} (default: all configured)."),
            new("list", "List the sets with a manifest (newest first) and set folders without one."),
            new("verify", "Read a set back and check every object again: {\"set\":\"latest\"}."),
            new("restore", "Restore a source into a target: {\"set\":\"latest\",\"source\":\"postgres\",\"target\":\"postgres://…\",\"clean\":false}."),
            new("prune", "Apply retention: dry run by default; {\"dryRun\":false} deletes."),
        ],
        Variables = BackupVariables.All,
        ConfigureServices = Configure,
    };

    private static void Configure(FunctionServices function)
    {
        BackupSetup.Add(function);
        function.AddOptionalStateStores();
        // The sender only: Backup's DATABASE_URL and REDIS_URL are the app's, not a place for the notification log or buckets.
        function.AddNotificationSender();
        function.Services.AddSingleton<BackupNotifier>();
        function.Services.AddScoped<IFunctionHandler, BackupHandler>();
    }
}
