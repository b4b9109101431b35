using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Functions.Backup.Sources.Redis.Protocol;
using StackExchange.Redis;

namespace Functions.Backup.Sources.Redis.Rdb;

/// <summary>
/// A <c>redis-server</c> of our own on a free loopback port, without persistence: the only thing that can read an RDB
/// is Redis, and a live target cannot load one without a restart. Restore starts one over the downloaded RDB and
/// copies its keys out; the tests start them as sources and targets.
/// </summary>
internal sealed class TemporaryRedisServer : IAsyncDisposable
{
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(10);
    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private readonly TimeProvider _time;

    private TemporaryRedisServer(Process process, int port, TimeProvider time)
    {
        _process = process;
        Port = port;
        _time = time;
    }

    /// <summary>Its loopback port.</summary>
    public int Port { get; }

    /// <summary>Its process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Options to reach it.</summary>
    public ConfigurationOptions Options => RedisConnectionOptions.Loopback(Port);

    /// <summary>The <c>redis-server</c> on PATH.</summary>
    /// <returns>Its path, or null when there is none.</returns>
    public static string? FindExecutable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "redis-server"))
            .FirstOrDefault(File.Exists);

    /// <summary>Starts a server and waits until it answers PING (after loading any dump.rdb in its directory).</summary>
    /// <param name="executable">The <c>redis-server</c> binary.</param>
    /// <param name="directory">Its working directory (<c>dir</c>).</param>
    /// <param name="settings">More settings as <c>--name value</c> arguments.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Cancels the start; the process is then killed.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="IOException">It exited instead; the message holds its last output.</exception>
    public static async Task<TemporaryRedisServer> StartAsync(
        string executable, string directory, IReadOnlyList<string> settings, TimeProvider time, CancellationToken cancellationToken)
    {
        // A port found free can be taken before redis-server binds it; another port is then tried.
        for (var attempt = 1; ; attempt++)
        {
            var server = Launch(executable, directory, FreePort(), settings, time);
            try
            {
                await server.WaitReadyAsync(cancellationToken);
                return server;
            }
            catch (IOException) when (attempt < 3 && server.Output.Contains("Address already in use", StringComparison.Ordinal))
            {
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Stops it: <c>SHUTDOWN NOSAVE</c>, then a kill if it has not exited within a grace period.</summary>
    /// <returns>A task that completes once it is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await using var client = await RespClient.ConnectAsync(Options, _time, ShutdownGrace, CancellationToken.None);
                await client.SendAsync(["SHUTDOWN", "NOSAVE"], CancellationToken.None);
            }
            catch (Exception e) when (e is IOException or SocketException or TimeoutException)
            {
                // Not answering: the kill below ends it.
            }

            using var grace = new CancellationTokenSource(ShutdownGrace, _time);
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }

        _process.Dispose();
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    private static TemporaryRedisServer Launch(string executable, string directory, int port, IReadOnlyList<string> settings, TimeProvider time)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        string[] fixedSettings =
        [
            "--bind", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--dir", directory,
            "--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", "",
        ];
        foreach (var argument in fixedSettings.Concat(settings))
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        var server = new TemporaryRedisServer(process, port, time);
        process.OutputDataReceived += (_, e) => server.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => server.Remember(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(cancellationToken);
                throw new IOException($"redis-server exited with code {_process.ExitCode}: {Output}");
            }

            try
            {
                await using var client = await RespClient.ConnectAsync(Options, _time, TimeSpan.FromSeconds(5), cancellationToken);
                if (await client.ExecuteAsync(["PING"], cancellationToken) == "PONG")
                {
                    return;
                }
            }
            catch (Exception e) when (e is SocketException or IOException || e is RedisReplyException { Code: "LOADING" })
            {
                // Not listening yet, or still loading the RDB.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), _time, cancellationToken);
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > 20)
            {
                _output.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
