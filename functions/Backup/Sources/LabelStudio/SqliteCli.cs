using Functions.Backup.Pipeline;
using Functions.Backup.Tools;

namespace Functions.Backup.Sources.LabelStudio;

/// <summary>
/// Runs the sqlite3 command-line shell (Debian package <c>sqlite3</c>) for short commands whose output is small:
/// the consistent copy, facts and integrity checks. Arguments go as a list, never through a shell.
/// </summary>
/// <param name="command">The shell's name or path.</param>
internal sealed class SqliteCli(string command = "sqlite3")
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    /// <summary>Runs the shell and fails unless it exits with 0.</summary>
    /// <param name="arguments">Its arguments: options, the database file, SQL.</param>
    /// <param name="cancellationToken">Kills the shell.</param>
    /// <returns>Standard output.</returns>
    /// <exception cref="SourceFailedException">The shell is missing or failed; the message carries its stderr.</exception>
    public async Task<string> RunCheckedAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var run = await RunAsync(arguments, cancellationToken);
        return run.ExitCode == 0 ? run.Output : throw Failure(run);
    }

    /// <summary>Runs the shell and returns what it printed, whatever its exit code.</summary>
    /// <param name="arguments">Its arguments: options, the database file, SQL.</param>
    /// <param name="cancellationToken">Kills the shell.</param>
    /// <returns>Its exit code and output.</returns>
    /// <exception cref="SourceFailedException">The shell could not be started.</exception>
    public async Task<SqliteRun> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        await using var tool = Start(arguments);

        // No input: a shell that would wait for SQL on stdin ends at once instead.
        tool.Stdin.Close();
        using var reader = new StreamReader(tool.Stdout);
        var output = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            await tool.WaitForSuccessAsync(cancellationToken);
            return new SqliteRun(0, output, tool.Stderr);
        }
        catch (ToolFailedException e)
        {
            return new SqliteRun(e.ExitCode, output, tool.Stderr);
        }
    }

    /// <summary>The failure a run that did not exit with 0 stands for.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The exception to throw.</returns>
    public SourceFailedException Failure(SqliteRun run) =>
        new(LabelStudioObjects.SourceName, $"{command} exited with {run.ExitCode}: {(run.Error.Length > 0 ? run.Error : "(no message)")}");

    private ToolProcess Start(IReadOnlyList<string> arguments)
    {
        try
        {
            return ToolProcess.Start(command, arguments, NoEnvironment);
        }
        catch (ToolMissingException e)
        {
            throw new SourceFailedException(
                LabelStudioObjects.SourceName, $"the sqlite3 CLI '{command}' could not be started; install the Debian package sqlite3 ({e.Message})", e);
        }
    }
}
