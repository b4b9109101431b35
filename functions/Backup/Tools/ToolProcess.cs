using System.Diagnostics;
using System.Text;

namespace Functions.Backup.Tools;

/// <summary>
/// Runs a command-line tool (pg_dump, pg_restore, psql) with its stdout streamed into a sink and/or its stdin fed
/// from a source, capturing the end of its stderr for the error message. Passwords go in the environment, never
/// on the command line (where any local user could read them).
/// </summary>
internal sealed class ToolProcess : IAsyncDisposable
{
    private const int StderrTail = 16 * 1024;
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly Task _stderrPump;

    private ToolProcess(Process process)
    {
        _process = process;
        _stderrPump = PumpStderrAsync();
    }

    public string Name => Path.GetFileName(_process.StartInfo.FileName);

    public Stream Stdin => _process.StandardInput.BaseStream;

    public Stream Stdout => _process.StandardOutput.BaseStream;

    /// <summary>Starts a tool.</summary>
    /// <param name="fileName">The executable (name on PATH or path).</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="environment">Extra environment variables (PGPASSWORD, …).</param>
    /// <returns>The running tool.</returns>
    /// <exception cref="ToolMissingException">The executable cannot be started.</exception>
    public static ToolProcess Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        try
        {
            return new ToolProcess(Process.Start(info) ?? throw new ToolMissingException(fileName, "it did not start"));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ToolMissingException(fileName, e.Message);
        }
    }

    /// <summary>Runs a tool to completion and returns its stdout as text (for <c>--version</c> and small queries).</summary>
    /// <param name="fileName">The executable.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="environment">Extra environment variables.</param>
    /// <param name="cancellationToken">Kills it when cancelled.</param>
    /// <returns>Its stdout.</returns>
    /// <exception cref="ToolFailedException">It exited with a non-zero code.</exception>
    public static async Task<string> RunForOutputAsync(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        await using var tool = Start(fileName, arguments, environment);
        tool.Stdin.Close();
        using var reader = new StreamReader(tool.Stdout);
        var output = await reader.ReadToEndAsync(cancellationToken);
        await tool.WaitForSuccessAsync(cancellationToken);
        return output;
    }

    /// <summary>Waits for the tool to exit, and throws with the end of its stderr when it failed.</summary>
    /// <param name="cancellationToken">Kills it when cancelled.</param>
    /// <returns>A task that completes when it exited with 0.</returns>
    /// <exception cref="ToolFailedException">It exited with a non-zero code.</exception>
    public async Task WaitForSuccessAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _process.WaitForExitAsync(cancellationToken);
            await _stderrPump;
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }

        if (_process.ExitCode != 0)
        {
            throw new ToolFailedException(Name, _process.ExitCode, Stderr);
        }
    }

    /// <summary>The end of what the tool wrote to stderr.</summary>
    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString().Trim();
            }
        }
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync(CancellationToken.None);
        _process.Dispose();
    }

    private async Task PumpStderrAsync()
    {
        var buffer = new char[4096];
        int read;
        while ((read = await _process.StandardError.ReadAsync(buffer, CancellationToken.None)) > 0)
        {
            lock (_stderr)
            {
                _stderr.Append(buffer, 0, read);
                if (_stderr.Length > StderrTail)
                {
                    _stderr.Remove(0, _stderr.Length - StderrTail);
                }
            }
        }
    }
}
