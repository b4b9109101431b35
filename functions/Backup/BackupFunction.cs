using Functions.Scf.Configuration;
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
            new("list", "List complete backup sets."),
            new("verify", "Re-verify a set: {\"set\":\"latest\"}."),
            new("restore", "Restore a source from a set into a target: {\"set\":\"latest\",\"source\":\"postgres\",\"target\":…}."),
            new("prune", "Apply retention: {\"dryRun\":true} lists what would go."),
        ],
        Variables =
        [
            new("BACKUP_REPOSITORY", "Where backups go: cos://<bucket-appid>/<prefix>, s3://<bucket>/<prefix> (with S3_ENDPOINT) or file:///<path>."),
            StateVariables.Database("the SuperInsight database to back up"),
            StateVariables.Redis("the Redis to snapshot"),
            new("LABEL_STUDIO_DATA_DIR", "Label Studio's data directory (media, uploads, SQLite), on CFS in production."),
            new("LABEL_STUDIO_URL", "Label Studio's base URL, for export snapshots through its API."),
            new("LABEL_STUDIO_TOKEN", "Label Studio API token.", Sensitivity: Sensitivity.Secret),
        ],
        ConfigureServices = Configure,
    };

    private static void Configure(FunctionServices function)
    {
        var settings = function.Settings;
        settings.Url("BACKUP_REPOSITORY", "cos", "s3", "file");
        settings.Url("LABEL_STUDIO_URL", "http", "https");
        if (settings.Text("LABEL_STUDIO_DATA_DIR") is { } dataDir && !Path.IsPathFullyQualified(dataDir))
        {
            settings.Problem("LABEL_STUDIO_DATA_DIR", "must be an absolute path");
        }

        function.AddOptionalStateStores();
        function.Services.AddScoped<IFunctionHandler, BackupHandler>();
    }
}
