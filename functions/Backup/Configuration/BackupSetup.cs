using Functions.Backup.Pipeline;
using Functions.Backup.Repository;
using Functions.Backup.Restore;
using Functions.Backup.Runs;
using Functions.Backup.Sets;
using Functions.Backup.Sources.LabelStudio;
using Functions.Backup.Sources.Postgres;
using Functions.Backup.Sources.Redis;
using Functions.Backup.Verification;
using Functions.ObjectStorage;
using Functions.ObjectStorage.Models;
using Functions.Scf.Hosting;
using Functions.State.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Functions.Backup.Configuration;

/// <summary>Builds the Backup function's services from its configuration.</summary>
internal static class BackupSetup
{
    /// <summary>One connection pool for Label Studio's API across invocations.</summary>
    private static readonly HttpClient LabelStudioHttp = new() { Timeout = TimeSpan.FromMinutes(10) };

    public static void Add(FunctionServices function)
    {
        var settings = function.Settings;
        var sources = new List<(string Name, Func<IServiceProvider, IBackupSource> Create)>();
        var pgBin = settings.Text("PG_BIN");

        if (settings.Text("DATABASE_URL") is { } databaseUrl && Parse(settings, "DATABASE_URL", () => PostgresUrl.Parse(databaseUrl)) is { } builder)
        {
            var databases = settings.List("BACKUP_POSTGRES_DATABASES");
            var options = new PostgresSourceOptions(new PostgresConnection(builder, pgBin), databases, settings.Flag("BACKUP_POSTGRES_GLOBALS", false));
            sources.Add(("postgres", sp => new PostgresSource(options, Logger<PostgresSource>(sp))));
        }

        if (settings.Text("REDIS_URL") is { } redisUrl &&
            Parse(settings, "REDIS_URL", () => RedisSourceOptions.Parse(redisUrl, null)) is { } redis &&
            Parse(settings, "BACKUP_REDIS_MODE", () => RedisSourceOptions.ParseMode(settings.Text("BACKUP_REDIS_MODE"))) is var mode)
        {
            var options = redis with { Mode = mode };
            sources.Add(("redis", sp => new RedisSource(options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RedisSource>>())));
        }

        if (LabelStudioSettings.Read(settings) is { } labelStudio)
        {
            sources.Add(("labelstudio", sp => new LabelStudioSource(labelStudio, LabelStudioHttp, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<LabelStudioSource>>())));
        }

        var configuration = BackupSettings.Read(settings, sources.Select(s => s.Name).ToArray());
        AddRepository(function, configuration.Repository);
        var services = function.Services;
        services.AddSingleton(configuration);
        services.AddSingleton<IReadOnlyList<IBackupSource>>(sp => sources.Select(s => s.Create(sp)).ToArray());
        services.AddSingleton<IReadOnlyList<IObjectVerifier>>(_ =>
            [new PostgresVerifier(pgBin), new RedisVerifier(), new LabelStudioVerifier(new SqliteCli(), Path.GetTempPath())]);
        services.AddSingleton<IReadOnlyList<ISourceRestorer>>(sp =>
        [
            new PostgresRestorer(pgBin, sp.GetRequiredService<TimeProvider>()),
            new RedisRestorer(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RedisRestorer>>()),
            new LabelStudioRestorer(new SqliteCli(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<LabelStudioRestorer>>()),
        ]);
        services.AddSingleton<IObjectReader>(sp => new RepositoryObjectReader(sp.GetRequiredService<IBackupRepository>(), configuration.Keys));
        services.AddSingleton(sp => new ManifestStore(sp.GetRequiredService<IBackupRepository>()));
        services.AddSingleton(sp => new SetVerifier(sp.GetRequiredService<IObjectReader>(), sp.GetRequiredService<IReadOnlyList<IObjectVerifier>>()));
        services.AddSingleton<BackupService>();
    }

    private static void AddRepository(FunctionServices function, string url)
    {
        if (url.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : "";
            if (!Path.IsPathFullyQualified(path))
            {
                function.Settings.Problem("BACKUP_REPOSITORY", "must name an absolute directory, e.g. file:///var/backups/superinsight");
                return;
            }

            function.Services.AddSingleton<IBackupRepository>(sp => new FileRepository(path, sp.GetRequiredService<TimeProvider>()));
            return;
        }

        if (url.Length > 0 && function.AddObjectStore("BACKUP_REPOSITORY"))
        {
            function.Services.AddSingleton<IBackupRepository>(sp =>
                new ObjectStoreRepository(sp.GetRequiredService<IObjectStore>(), UploadOptions.Default, sp.GetRequiredService<TimeProvider>()));
        }
    }

    private static T? Parse<T>(Scf.Configuration.SettingsReader settings, string variable, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (FormatException e)
        {
            settings.Problem(variable, e.Message);
            return default;
        }
    }

    private static ILogger Logger<T>(IServiceProvider services) => services.GetRequiredService<ILogger<T>>();
}
