using System.Globalization;
using System.Text.Json;
using Functions.Backup.Pipeline;
using Functions.ObjectStorage;
using Microsoft.Extensions.Logging;

namespace Functions.Backup.Sources.LabelStudio;

/// <summary>
/// Backs Label Studio up as up to three kinds of objects: <c>files.tar</c> (the data directory: media, uploads,
/// exports), <c>label_studio.sqlite3</c> (a consistent copy of its SQLite database, when it has one; a Label Studio
/// on PostgreSQL is covered by the postgres source) and, when the API is configured, <c>export-project-{id}.json</c>
/// snapshots.
/// </summary>
/// <remarks>
/// Every part runs even when one before it failed, and a failed part fails the source afterwards, naming what was
/// stored anyway: an operator wants last night's files and database kept when only the API was down, and wants to hear
/// about the API (an expired token) the same morning rather than find the exports missing on the day they are needed.
/// </remarks>
/// <param name="options">The data directory and API.</param>
/// <param name="http">The client for the API (its timeout bounds each call; downloads stream past it).</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The log.</param>
internal sealed class LabelStudioSource(LabelStudioOptions options, HttpClient http, TimeProvider time, ILogger<LabelStudioSource> logger) : IBackupSource
{
    /// <inheritdoc />
    public string Name => LabelStudioObjects.SourceName;

    /// <inheritdoc />
    public async Task<SourceReport> BackupAsync(ISourceWriter writer, CancellationToken cancellationToken)
    {
        if (!Path.IsPathFullyQualified(options.DataDirectory) || !Directory.Exists(options.DataDirectory))
        {
            throw new SourceFailedException(Name, $"the data directory '{options.DataDirectory}' (LABEL_STUDIO_DATA_DIR) is not an absolute path to a directory");
        }

        var details = new Dictionary<string, string>(StringComparer.Ordinal) { ["dataDirectory"] = options.DataDirectory };
        var objects = new List<StoredObject>();
        var modes = new List<string>();
        var failures = new List<string>();

        await RunPartAsync("files", failures, async () =>
        {
            var archiver = new DataDirectoryArchiver(options.DataDirectory, options.DatabaseFileName, time, logger);
            ArchiveStats? stats = null;
            objects.Add(await writer.WriteAsync(
                LabelStudioObjects.Files, ObjectFormat.Tar, async (stream, token) => stats = await archiver.WriteAsync(stream, token), cancellationToken));
            stats!.AddTo(details);
            modes.Add("tar");
        }, cancellationToken);

        await RunPartAsync("sqlite", failures, async () =>
        {
            var database = Path.Join(options.DataDirectory, options.DatabaseFileName);
            details[LabelStudioObjects.DatabaseFileDetail] = options.DatabaseFileName;
            if (!File.Exists(database))
            {
                details["sqlite"] = $"absent: no {options.DatabaseFileName} in the data directory (a Label Studio on PostgreSQL is backed up by the postgres source)";
                logger.DatabaseAbsent(database);
                return;
            }

            objects.Add(await new SqliteSnapshot(new SqliteCli(options.SqliteCommand), options, logger).BackupAsync(database, writer, details, cancellationToken));
            modes.Add("sqlite VACUUM INTO");
        }, cancellationToken);

        if (options.ExportsEnabled)
        {
            await RunPartAsync("api export", failures, async () =>
            {
                var exported = await ExportAsync(writer, details, cancellationToken);
                objects.AddRange(exported);
                modes.Add($"api export ({exported.Count} projects)");
            }, cancellationToken);
        }
        else
        {
            details["export"] = "not configured (LABEL_STUDIO_URL and LABEL_STUDIO_TOKEN)";
        }

        if (failures.Count > 0)
        {
            var stored = objects.Count > 0 ? string.Join(", ", objects.Select(o => o.Name)) : "nothing";
            throw new SourceFailedException(Name, $"{string.Join("; ", failures)} (stored anyway: {stored})")
            {
                Partial = new SourceReport(Name, string.Join(" + ", modes), details, objects),
            };
        }

        return new SourceReport(Name, string.Join(" + ", modes), details, objects);
    }

    private async Task<IReadOnlyList<StoredObject>> ExportAsync(ISourceWriter writer, Dictionary<string, string> details, CancellationToken cancellationToken)
    {
        var api = new LabelStudioApi(http, options.ApiUrl!, options.Token!);
        var projectIds = options.ProjectIds.Count > 0
            ? options.ProjectIds
            : [.. (await api.ListProjectsAsync(cancellationToken)).Select(p => p.Id).Order()];
        details["export.projects"] = string.Join(",", projectIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));

        var title = $"superinsight-ops {time.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ}";
        var exporter = new ProjectExporter(api, options, time, logger);
        var stored = new List<StoredObject>();
        foreach (var projectId in projectIds)
        {
            stored.Add(await exporter.ExportAsync(projectId, title, writer, details, cancellationToken));
        }

        return stored;
    }

    // One part's failure is recorded and the next part runs; cancellation at the deadline stops everything.
    private async Task RunPartAsync(string part, List<string> failures, Func<Task> run, CancellationToken cancellationToken)
    {
        try
        {
            await run();
        }
        catch (Exception e) when (IsPartFailure(e, cancellationToken))
        {
            logger.PartFailed(part, e);
            failures.Add($"{part} failed: {Reason(e)}");
        }
    }

    private static bool IsPartFailure(Exception e, CancellationToken cancellationToken) => e switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        SourceFailedException or IOException or UnauthorizedAccessException or HttpRequestException
            or JsonException or InvalidDataException or TimeoutException or ObjectStorageException => true,
        _ => false,
    };

    private static string Reason(Exception e) => e switch
    {
        SourceFailedException failed when failed.Message.StartsWith(failed.SourceName + ": ", StringComparison.Ordinal) =>
            failed.Message[(failed.SourceName.Length + 2)..],
        OperationCanceledException => $"timed out ({e.Message})",
        _ => e.Message,
    };
}
