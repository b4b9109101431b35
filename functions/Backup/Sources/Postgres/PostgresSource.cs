using Functions.Backup.Pipeline;
using Functions.Backup.Tools;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Functions.Backup.Sources.Postgres;

/// <summary>
/// Dumps databases with <c>pg_dump -Fc</c>, streamed straight into the set: no temp file, pg_dump's stderr kept
/// for the error. Checks first that pg_dump is not older than the server, which it cannot dump.
/// </summary>
/// <param name="options">What to dump.</param>
/// <param name="logger">Progress logs.</param>
internal sealed partial class PostgresSource(PostgresSourceOptions options, ILogger logger) : IBackupSource
{
    public string Name => "postgres";

    public async Task<SourceReport> BackupAsync(ISourceWriter writer, CancellationToken cancellationToken)
    {
        var connection = options.Connection;
        var (serverVersion, serverMajor, databases) = await InspectServerAsync(cancellationToken);
        var (clientMajor, clientVersion) = await ClientVersionAsync(cancellationToken);
        if (clientMajor < serverMajor)
        {
            throw new SourceFailedException(Name,
                $"pg_dump {clientVersion} is older than the server ({serverVersion} at {connection.Describe()}) and cannot dump it; " +
                $"install postgresql-client-{serverMajor} or point PG_BIN at a pg_dump {serverMajor} or newer.");
        }

        var details = new Dictionary<string, string>
        {
            ["server_version"] = serverVersion,
            ["pg_dump_version"] = clientVersion,
            ["server"] = connection.Describe(""),
            ["databases"] = string.Join(",", databases),
        };
        var objects = new List<StoredObject>();
        foreach (var database in databases)
        {
            LogDumping(database, connection.Describe(database));
            objects.Add(await writer.WriteAsync($"{database}.dump", ObjectFormat.PostgresCustom,
                (output, ct) => RunToolAsync(connection.Tool("pg_dump"), ["--format=custom", "--no-password", "--dbname", database], database, output, ct),
                cancellationToken));
        }

        if (options.Globals)
        {
            objects.Add(await writer.WriteAsync("globals.sql", ObjectFormat.PostgresSql,
                (output, ct) => RunToolAsync(connection.Tool("pg_dumpall"), ["--globals-only", "--no-password"], null, output, ct),
                cancellationToken));
        }

        return new SourceReport(Name, "pg_dump -Fc", details, objects);
    }

    private async Task<(string Version, int Major, IReadOnlyList<string> Databases)> InspectServerAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await options.Connection.OpenAsync(null, cancellationToken);
            var version = connection.PostgreSqlVersion;
            IReadOnlyList<string> databases = options.AllDatabases ? await ListDatabasesAsync(connection, cancellationToken)
                : options.Databases.Count > 0 ? options.Databases
                : [options.Connection.Database];
            return (version.ToString(), version.Major, databases);
        }
        catch (NpgsqlException e)
        {
            throw new SourceFailedException(Name, $"cannot reach PostgreSQL at {options.Connection.Describe()}: {e.Message}", e);
        }
    }

    private static async Task<IReadOnlyList<string>> ListDatabasesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY datname", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var names = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private async Task<(int Major, string Text)> ClientVersionAsync(CancellationToken cancellationToken)
    {
        try
        {
            var output = await ToolProcess.RunForOutputAsync(options.Connection.Tool("pg_dump"), ["--version"], new Dictionary<string, string?>(), cancellationToken);
            return PgDumpVersion.Parse(output);
        }
        catch (Exception e) when (e is ToolMissingException or ToolFailedException or FormatException)
        {
            throw new SourceFailedException(Name, e.Message, e);
        }
    }

    private async Task RunToolAsync(string tool, string[] arguments, string? database, Stream output, CancellationToken cancellationToken)
    {
        ToolProcess process;
        try
        {
            process = ToolProcess.Start(tool, arguments, options.Connection.Environment(database));
        }
        catch (ToolMissingException e)
        {
            throw new SourceFailedException(Name, e.Message, e);
        }

        await using (process)
        {
            process.Stdin.Close();
            try
            {
                await process.Stdout.CopyToAsync(output, cancellationToken);
                await process.WaitForSuccessAsync(cancellationToken);
            }
            catch (ToolFailedException e)
            {
                throw new SourceFailedException(Name, $"{e.Message} (database {database ?? "globals"})", e);
            }
            catch (IOException e) when (!cancellationToken.IsCancellationRequested)
            {
                // The stream ended early: say what the tool said, not just that the pipe broke.
                throw new SourceFailedException(Name, $"{process.Name} output was cut off: {process.Stderr}", e);
            }
        }
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "pg_dump of {Database} ({Target}) started")]
    private partial void LogDumping(string database, string target);
}
