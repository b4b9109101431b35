using Functions.Backup.Pipeline;
using Functions.Backup.Repository;
using Functions.Backup.Sets;
using Microsoft.Extensions.Logging;

namespace Functions.Backup.Runs;

/// <summary>Backs up one source into a set and verifies what it stored, turning any failure into a failed entry.</summary>
/// <param name="repository">The repository.</param>
/// <param name="encoding">Compression and encryption.</param>
/// <param name="verifier">Reads objects back and checks them.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class SourceRunner(IBackupRepository repository, ObjectEncoding encoding, SetVerifier verifier, TimeProvider time, ILogger logger)
{
    public async Task<SourceEntry> RunAsync(IBackupSource source, string setId, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var writer = new RepositorySourceWriter(repository, SetLayout.SourcePrefix(setId, source.Name), encoding, time, logger);
        SourceReport report;
        string? error = null;
        try
        {
            report = await source.BackupAsync(writer, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            // One source failing must not stop the others: it is recorded, and the run reports it. What it stored
            // before failing stays listed (and verified), for an operator who needs whatever there is.
            LogSourceFailed(source.Name, e.Message);
            error = e.Message;
            report = (e as SourceFailedException)?.Partial ?? new SourceReport(source.Name, "", new Dictionary<string, string>(), []);
        }

        var checks = new List<VerificationEntry>();
        foreach (var stored in report.Objects)
        {
            checks.Add(await verifier.VerifyAsync(stored, cancellationToken));
        }

        var entry = new SourceEntry(source.Name, error is null, report.Mode.Length == 0 ? null : report.Mode, error, Ms(started), report.Details, report.Objects, checks);
        LogSourceDone(source.Name, report.Objects.Count, report.Objects.Sum(o => o.PlainSize), entry.Good);
        return entry;
    }

    private double Ms(long started) => Math.Round(time.GetElapsedTime(started).TotalMilliseconds);

    [LoggerMessage(EventId = 2200, Level = LogLevel.Error, Message = "Source {Source} failed: {Reason}")]
    private partial void LogSourceFailed(string source, string reason);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Source {Source}: {Objects} objects, {Bytes} bytes, verified {Verified}")]
    private partial void LogSourceDone(string source, int objects, long bytes, bool verified);
}
