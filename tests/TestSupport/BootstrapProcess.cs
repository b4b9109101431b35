using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Functions.TestSupport;

/// <summary>A running <c>bootstrap</c> binary with its output captured line by line.</summary>
public sealed partial class BootstrapProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _stdout = [];
    private readonly List<string> _stderr = [];
    private readonly Lock _gate = new();

    private BootstrapProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>Whether it has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code (after exit).</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Standard output lines so far.</summary>
    public IReadOnlyList<string> Stdout
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToArray();
            }
        }
    }

    /// <summary>Standard error lines so far.</summary>
    public IReadOnlyList<string> Stderr
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToArray();
            }
        }
    }

    /// <summary>Starts the binary.</summary>
    /// <param name="path">The binary.</param>
    /// <param name="args">Its arguments.</param>
    /// <param name="environment">Variables to set (over a clean base: PATH and HOME only).</param>
    /// <returns>The running process.</returns>
    public static BootstrapProcess Start(string path, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // A clean environment: the test's own CI variables or credentials must not leak into the function.
        info.Environment.Clear();
        info.Environment["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
        info.Environment["HOME"] = System.Environment.GetEnvironmentVariable("HOME") ?? "/tmp";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var wrapper = new BootstrapProcess(process);
        process.OutputDataReceived += (_, e) => wrapper.Add(wrapper._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => wrapper.Add(wrapper._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return wrapper;
    }

    /// <summary>Runs the binary to completion with the given stdin.</summary>
    /// <param name="path">The binary.</param>
    /// <param name="args">Its arguments.</param>
    /// <param name="environment">Its variables.</param>
    /// <param name="stdin">What to write to its stdin (then closed).</param>
    /// <param name="timeout">How long to wait.</param>
    /// <returns>The finished process.</returns>
    public static async Task<BootstrapProcess> RunAsync(
        string path, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string stdin, TimeSpan timeout)
    {
        var process = Start(path, args, environment);
        await process._process.StandardInput.WriteAsync(stdin);
        process._process.StandardInput.Close();
        await process.WaitForExitAsync(timeout);
        return process;
    }

    /// <summary>Waits for the process to exit, killing it if it does not.</summary>
    /// <param name="timeout">How long to wait.</param>
    /// <returns>A task that completes at exit.</returns>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var exited = true;
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            exited = false;
            _process.Kill(entireProcessTree: true);
        }

        Assert.IsTrue(exited, $"bootstrap did not exit within {timeout}. stderr: {string.Join('\n', Stderr)}");

        // Let the asynchronous readers drain the last lines.
        _process.WaitForExit();
    }

    /// <summary>Sends SIGKILL to the process and its children, as a crash or an out-of-memory kill would.</summary>
    public void KillNow()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Sends SIGTERM, as SCF does when it stops an instance.</summary>
    public void Terminate() => _ = Kill(_process.Id, 15);

    /// <summary>Waits until a stdout line satisfies <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The condition.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <returns>The line.</returns>
    public async Task<string> WaitForStdoutAsync(Func<string, bool> predicate, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (Stdout.FirstOrDefault(predicate) is { } line)
            {
                return line;
            }

            if (HasExited)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System, CancellationToken.None);
        }

        Assert.Fail($"No matching stdout line within {timeout}. stdout: {string.Join('\n', Stdout)} stderr: {string.Join('\n', Stderr)}");
        return "";
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Add(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            lines.Add(line);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
