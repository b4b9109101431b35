using System.Formats.Tar;
using System.Globalization;
using System.Text.Json;
using Functions.Backup.Pipeline;
using Functions.Backup.Verification;

namespace Functions.Backup.Sources.LabelStudio;

/// <summary>
/// Checks Label Studio's objects read back from the repository: a tar is read to its end (every entry, safe names, no
/// truncation), an SQLite copy must pass <c>PRAGMA integrity_check</c>, an export must be a JSON array of tasks.
/// Memory stays bounded: entries are skipped as they stream, tasks are parsed one at a time, and the SQLite copy goes
/// to a private temporary file because sqlite3 can only check a file.
/// </summary>
/// <param name="cli">The sqlite3 shell.</param>
/// <param name="temporaryDirectory">Where the SQLite copy is checked.</param>
internal sealed class LabelStudioVerifier(SqliteCli cli, string temporaryDirectory) : IObjectVerifier
{
    /// <inheritdoc />
    public IReadOnlyList<ObjectFormat> Formats { get; } = [ObjectFormat.Tar, ObjectFormat.Sqlite, ObjectFormat.LabelStudioExport];

    /// <inheritdoc />
    public Task<VerificationReport> VerifyAsync(ObjectFormat format, Stream plaintext, CancellationToken cancellationToken) => format switch
    {
        ObjectFormat.Tar => VerifyTarAsync(plaintext, cancellationToken),
        ObjectFormat.Sqlite => VerifySqliteAsync(plaintext, cancellationToken),
        ObjectFormat.LabelStudioExport => VerifyExportAsync(plaintext, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a Label Studio object format"),
    };

    private static async Task<VerificationReport> VerifyTarAsync(Stream plaintext, CancellationToken cancellationToken)
    {
        const string Check = "tar read to its end";
        long entries = 0, bytes = 0;
        try
        {
            await using var reader = new TarReader(plaintext, leaveOpen: true);
            while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                if (!TarEntryPaths.TryNormalize(entry.Name, out _))
                {
                    return VerificationReport.Failed(Check, $"entry '{entry.Name}' is absolute or climbs out with '..'");
                }

                entries++;
                bytes += entry.Length;
            }

            // TarReader stops at the first end-of-archive block; the stream's checksum is checked only at its very end.
            await plaintext.CopyToAsync(Stream.Null, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or IOException)
        {
            return VerificationReport.Failed(Check, $"after {entries:N0} entries: {e.Message}");
        }

        return VerificationReport.Ok(string.Create(CultureInfo.InvariantCulture, $"{Check}: {entries:N0} entries, {bytes:N0} bytes of content"));
    }

    private async Task<VerificationReport> VerifySqliteAsync(Stream plaintext, CancellationToken cancellationToken)
    {
        const string Check = "SQLite integrity_check";
        using var scratch = PrivateTempDirectory.Create(temporaryDirectory);
        var copy = scratch.File(LabelStudioObjects.Database);
        try
        {
            await using (var file = new FileStream(copy, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await plaintext.CopyToAsync(file, cancellationToken);
            }

            var facts = await SqliteFacts.ReadAsync(cli, copy, cancellationToken);
            return facts.IsSound ? VerificationReport.Ok(facts.Describe()) : VerificationReport.Failed(Check, facts.IntegritySummary);
        }
        catch (Exception e) when (e is SourceFailedException or InvalidDataException or IOException)
        {
            return VerificationReport.Failed(Check, e.Message);
        }
    }

    private static async Task<VerificationReport> VerifyExportAsync(Stream plaintext, CancellationToken cancellationToken)
    {
        const string Check = "export is a JSON array of tasks";
        long tasks = 0;
        try
        {
            await foreach (var task in JsonSerializer.DeserializeAsyncEnumerable(plaintext, LabelStudioJsonContext.Default.JsonElement, cancellationToken))
            {
                if (task.ValueKind != JsonValueKind.Object)
                {
                    return VerificationReport.Failed(Check, $"element {tasks} is a {task.ValueKind}, not a task object");
                }

                tasks++;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException)
        {
            return VerificationReport.Failed(Check, $"after {tasks:N0} tasks: {e.Message}");
        }

        return VerificationReport.Ok(string.Create(CultureInfo.InvariantCulture, $"{Check}: {tasks:N0} tasks"));
    }
}
