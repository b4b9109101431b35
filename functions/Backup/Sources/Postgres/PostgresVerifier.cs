using System.Text;
using Functions.Backup.Pipeline;
using Functions.Backup.Tools;
using Functions.Backup.Verification;

namespace Functions.Backup.Sources.Postgres;

/// <summary>
/// Checks a dump read back from the repository: the <c>PGDMP</c> magic, then, in one pass over the download,
/// <c>pg_restore --list</c> (the table of contents parses; its entries are counted) and <c>pg_restore -f /dev/null</c>
/// (every data block decodes). No database is touched.
/// </summary>
/// <param name="pgBin">The directory of the client tools, or null for PATH.</param>
internal sealed class PostgresVerifier(string? pgBin) : IObjectVerifier
{
    private static readonly IReadOnlyDictionary<string, string?> NoEnvironment = new Dictionary<string, string?>();

    public IReadOnlyList<ObjectFormat> Formats { get; } = [ObjectFormat.PostgresCustom, ObjectFormat.PostgresSql];

    public async Task<VerificationReport> VerifyAsync(ObjectFormat format, Stream plaintext, CancellationToken cancellationToken)
    {
        return format == ObjectFormat.PostgresSql
            ? await VerifySqlAsync(plaintext, cancellationToken)
            : await VerifyArchiveAsync(plaintext, cancellationToken);
    }

    private async Task<VerificationReport> VerifyArchiveAsync(Stream plaintext, CancellationToken cancellationToken)
    {
        const string check = "PGDMP header, pg_restore --list and a full read with pg_restore -f /dev/null";
        var magic = new byte[5];
        await plaintext.ReadAtLeastAsync(magic, magic.Length, throwOnEndOfStream: false, cancellationToken);
        if (!magic.AsSpan().SequenceEqual("PGDMP"u8))
        {
            await plaintext.CopyToAsync(Stream.Null, cancellationToken);
            return VerificationReport.Failed(check, "the object does not start with PGDMP: it is not a pg_dump custom-format archive");
        }

        var tool = pgBin is null ? "pg_restore" : Path.Combine(pgBin, "pg_restore");
        await using var list = ToolProcess.Start(tool, ["--list"], NoEnvironment);
        await using var full = ToolProcess.Start(tool, ["--file=/dev/null"], NoEnvironment);
        var listing = ReadAllAsync(list.Stdout, cancellationToken);
        await Tee.CopyAsync(plaintext, magic, full.Stdin, list.Stdin, cancellationToken);
        try
        {
            await list.WaitForSuccessAsync(cancellationToken);
            await full.WaitForSuccessAsync(cancellationToken);
        }
        catch (ToolFailedException e)
        {
            return VerificationReport.Failed(check, e.Message);
        }

        var entries = (await listing).Split('\n').Count(line => line.Length > 0 && !line.StartsWith(';'));
        return VerificationReport.Ok($"PGDMP header, pg_restore --list ({entries} entries), full read with pg_restore -f /dev/null");
    }

    private static async Task<VerificationReport> VerifySqlAsync(Stream plaintext, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(plaintext, new UTF8Encoding(false, throwOnInvalidBytes: true));
        var lines = 0;
        try
        {
            while (await reader.ReadLineAsync(cancellationToken) is not null)
            {
                lines++;
            }
        }
        catch (DecoderFallbackException)
        {
            return VerificationReport.Failed("UTF-8 SQL script", "the script is not valid UTF-8");
        }

        return lines > 0
            ? VerificationReport.Ok($"UTF-8 SQL script of {lines} lines")
            : VerificationReport.Failed("UTF-8 SQL script", "the script is empty");
    }

    private static async Task<string> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
