using System.Formats.Tar;
using Functions.Backup.Pipeline;
using Functions.Backup.Restore;
using Functions.Backup.Sources.LabelStudio;
using Functions.Backup.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.Backup.Tests.Sources.LabelStudio;

/// <summary>The source, verifier and restorer as the function builds them, for the tests.</summary>
internal static class LabelStudioParts
{
    public static LabelStudioOptions Options(string dataDirectory) => new()
    {
        DataDirectory = dataDirectory,
        PollInterval = TimeSpan.FromMilliseconds(5),
    };

    public static LabelStudioSource Source(LabelStudioOptions options, HttpClient? http = null) =>
        new(options, http ?? new HttpClient(), TimeProvider.System, NullLogger<LabelStudioSource>.Instance);

    public static LabelStudioVerifier Verifier() => new(new SqliteCli(), Path.GetTempPath());

    public static LabelStudioRestorer Restorer() => new(new SqliteCli(), TimeProvider.System, NullLogger<LabelStudioRestorer>.Instance);

    public static RestoreRequest Request(SourceReport report, string target, bool clean = false) =>
        new("20240101T023000Z", report.Objects, target, clean, report.Details);

    public static Task<RestoreReport> RestoreAsync(SourceReport report, IObjectReader reader, string target, bool clean = false) =>
        Restorer().RestoreAsync(Request(report, target, clean), reader, CancellationToken.None);

    /// <summary>Verifies every object of a report as the pipeline does after a backup.</summary>
    public static async Task AssertVerifiedAsync(MemorySourceWriter writer, SourceReport report)
    {
        foreach (var stored in report.Objects)
        {
            await using var plaintext = await writer.OpenAsync(stored, CancellationToken.None);
            var verdict = await Verifier().VerifyAsync(stored.Format, plaintext, CancellationToken.None);
            Assert.IsTrue(verdict.Passed, $"{stored.Name}: {verdict.Check}: {verdict.Problem}");
        }
    }

    /// <summary>The names in a stored tar.</summary>
    public static List<string> TarNames(byte[] tar)
    {
        using var reader = new TarReader(new MemoryStream(tar));
        var names = new List<string>();
        while (reader.GetNextEntry() is { } entry)
        {
            names.Add(entry.Name);
        }

        return names;
    }
}
