using System.Globalization;
using System.Security.Cryptography;
using Functions.Backup.Pipeline;
using Microsoft.Extensions.Logging;

namespace Functions.Backup.Sources.LabelStudio;

/// <summary>
/// Takes one project's export snapshot through the API — create, poll until completed within a bounded wait, download
/// as JSON streamed into the writer with its MD5 checked against Label Studio's — then deletes the snapshot.
/// </summary>
/// <param name="api">The API.</param>
/// <param name="options">Poll interval and wait bound.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The log.</param>
internal sealed class ProjectExporter(LabelStudioApi api, LabelStudioOptions options, TimeProvider time, ILogger logger)
{
    // Deleting the snapshot must outlive a cancelled export, but not by long.
    private static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Exports one project and stores it as <c>export-project-{id}.json</c>.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="title">The snapshot's title.</param>
    /// <param name="writer">Where it goes.</param>
    /// <param name="details">The source's details, to record the md5 and task count in.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The stored object.</returns>
    /// <exception cref="SourceFailedException">The API refused or failed, the export failed or timed out, or the MD5 differs.</exception>
    public async Task<StoredObject> ExportAsync(
        int projectId, string title, ISourceWriter writer, IDictionary<string, string> details, CancellationToken cancellationToken)
    {
        var snapshot = await api.CreateExportAsync(projectId, title, cancellationToken);
        logger.ExportCreated(projectId, snapshot.Id, snapshot.Status);
        try
        {
            snapshot = await WaitAsync(projectId, snapshot, cancellationToken);
            var stored = await writer.WriteAsync(
                LabelStudioObjects.Export(projectId),
                ObjectFormat.LabelStudioExport,
                (stream, token) => DownloadAsync(projectId, snapshot, stream, token),
                cancellationToken);

            var prefix = string.Create(CultureInfo.InvariantCulture, $"export.project.{projectId}.");
            details[prefix + "md5"] = snapshot.Md5 ?? "(not given)";
            if (snapshot.Counters?.TaskNumber is { } tasks)
            {
                details[prefix + "tasks"] = tasks.ToString(CultureInfo.InvariantCulture);
            }

            logger.ExportStored(projectId, snapshot.Id, stored.PlainSize, snapshot.Counters?.TaskNumber);
            return stored;
        }
        finally
        {
            await DeleteQuietlyAsync(projectId, snapshot.Id);
        }
    }

    private async Task<ExportSnapshot> WaitAsync(int projectId, ExportSnapshot snapshot, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (snapshot.Status != ExportSnapshot.Completed)
        {
            if (snapshot.Status == ExportSnapshot.Failed)
            {
                throw new SourceFailedException(
                    LabelStudioObjects.SourceName, $"Label Studio reports export {snapshot.Id} of project {projectId} as failed (see its logs)");
            }

            if (time.GetElapsedTime(started) >= options.ExportTimeout)
            {
                throw new SourceFailedException(
                    LabelStudioObjects.SourceName,
                    $"export {snapshot.Id} of project {projectId} is still '{snapshot.Status}' after {options.ExportTimeout.TotalSeconds:0} s");
            }

            await Task.Delay(options.PollInterval, time, cancellationToken);
            snapshot = await api.GetExportAsync(projectId, snapshot.Id, cancellationToken);
        }

        return snapshot;
    }

    private async Task DownloadAsync(int projectId, ExportSnapshot snapshot, Stream output, CancellationToken cancellationToken)
    {
        using var response = await api.DownloadAsync(projectId, snapshot.Id, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);

        // MD5 because that is what Label Studio records; integrity in the repository rests on SHA-256 and CRC-64.
#pragma warning disable CA5351
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            md5.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        // Thrown inside produce, so the writer keeps no object of a download that is not what Label Studio exported.
        var actual = Convert.ToHexStringLower(md5.GetHashAndReset());
        if (snapshot.Md5 is { Length: > 0 } expected && !string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
        {
            throw new SourceFailedException(
                LabelStudioObjects.SourceName,
                $"export {snapshot.Id} of project {projectId} downloaded with MD5 {actual}, but Label Studio recorded {expected}");
        }
    }

    private async Task DeleteQuietlyAsync(int projectId, int exportId)
    {
        using var timeout = new CancellationTokenSource(CleanupTimeout, time);
        try
        {
            await api.DeleteExportAsync(projectId, exportId, timeout.Token);
        }
        catch (Exception e) when (e is SourceFailedException or OperationCanceledException)
        {
            // The snapshot stays in Label Studio until someone deletes it; the export itself is what matters.
            logger.ExportNotDeleted(projectId, exportId, e.Message);
        }
    }
}
