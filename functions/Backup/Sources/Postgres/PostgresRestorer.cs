using Functions.Backup.Pipeline;
using Functions.Backup.Restore;
using Functions.Backup.Tools;
using Functions.State.Postgres;
using Npgsql;

namespace Functions.Backup.Sources.Postgres;

/// <summary>
/// Restores a dump into a target database with <c>pg_restore</c> in one transaction, streamed from the set. A
/// non-empty target is refused unless cleaning was asked for; a checksum failure at the end of the stream kills
/// pg_restore before it commits, so a damaged dump leaves the target as it was.
/// </summary>
/// <param name="pgBin">The directory of the client tools, or null for PATH.</param>
/// <param name="time">The clock.</param>
internal sealed class PostgresRestorer(string? pgBin, TimeProvider time) : ISourceRestorer
{
    private const string UserRelations = """
        SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
          AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        """;

    public string Source => "postgres";

    public async Task<RestoreReport> RestoreAsync(RestoreRequest request, IObjectReader reader, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var target = Target(request.Target);
        var dump = PickDump(request, target.Database);
        var before = await CountRelationsAsync(target, cancellationToken);
        if (before > 0 && !request.Clean)
        {
            throw new SourceFailedException(Source,
                $"the target {target.Describe()} is not empty ({before} relations); restore into an empty database, or pass \"clean\": true to drop and replace the objects in the dump.");
        }

        string[] arguments = ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--no-password", .. request.Clean ? (string[])["--clean", "--if-exists"] : []];
        await using var restore = ToolProcess.Start(target.Tool("pg_restore"), [.. arguments, "--dbname", target.Database], target.Environment());
        long bytes = 0;
        try
        {
            await using var content = await reader.OpenAsync(dump, cancellationToken);
            try
            {
                bytes = await CopyAsync(content, restore.Stdin, cancellationToken);
                await restore.Stdin.DisposeAsync();
            }
            catch (IOException)
            {
                // pg_restore stopped reading: it failed (exit-on-error); its exit code and stderr say why, below.
            }

            await restore.WaitForSuccessAsync(cancellationToken);
        }
        catch (InvalidDataException e)
        {
            restore.Kill();
            throw new SourceFailedException(Source, $"the dump {dump.Key} is damaged ({e.Message}); nothing was committed to {target.Describe()}.", e);
        }
        catch (ToolFailedException e)
        {
            throw new SourceFailedException(Source, $"pg_restore into {target.Describe()} failed and was rolled back: {e.Message}", e);
        }

        var after = await CountRelationsAsync(target, cancellationToken);
        return new RestoreReport(Source, target.Describe(), $"{dump.Name} restored: {after} relations in {target.Database}", bytes, time.GetElapsedTime(started));
    }

    private PostgresConnection Target(string url)
    {
        try
        {
            return new PostgresConnection(PostgresUrl.Parse(url), pgBin);
        }
        catch (FormatException e)
        {
            throw new SourceFailedException(Source, $"the target {e.Message}");
        }
    }

    // A set dumped with several databases holds one dump each: restore the one the target URL names.
    private StoredObject PickDump(RestoreRequest request, string database)
    {
        var dumps = request.Objects.Where(o => o.Format == ObjectFormat.PostgresCustom).ToArray();
        return dumps.Length == 1 ? dumps[0]
            : dumps.FirstOrDefault(o => o.Name == $"{database}.dump")
              ?? throw new SourceFailedException(Source,
                  $"set {request.SetId} holds {string.Join(", ", dumps.Select(d => d.Name))}; name one of those databases in the target URL.");
    }

    private async Task<long> CountRelationsAsync(PostgresConnection target, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await target.OpenAsync(null, cancellationToken);
            await using var command = new NpgsqlCommand(UserRelations, connection);
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (NpgsqlException e)
        {
            throw new SourceFailedException(Source, $"cannot reach the target {target.Describe()}: {e.Message}", e);
        }
    }

    // The last chunk is held back until the source has been read to its end, which is when a verifying source checks
    // the object's length and SHA-256: pg_restore can finish (and commit its single transaction) without waiting for
    // EOF, so a dump damaged near its end must not reach it whole before the check has had its say.
    private static async Task<long> CopyAsync(Stream source, Stream sink, CancellationToken cancellationToken)
    {
        var pending = new byte[1 << 16];
        var next = new byte[1 << 16];
        var pendingLength = 0;
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(next, cancellationToken)) > 0)
        {
            if (pendingLength > 0)
            {
                await sink.WriteAsync(pending.AsMemory(0, pendingLength), cancellationToken);
            }

            (pending, next) = (next, pending);
            pendingLength = read;
            total += read;
        }

        if (pendingLength > 0)
        {
            await sink.WriteAsync(pending.AsMemory(0, pendingLength), cancellationToken);
        }

        return total;
    }
}
