using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Functions.Backup.Sources.Redis.Protocol;
using Functions.Backup.Tools;
using StackExchange.Redis;

namespace Functions.Backup.Sources.Redis.Rdb;

/// <summary>
/// A <c>redis-server</c> of our own on a free loopback port, without persistence: the only thing that can read an RDB
/// is Redis, and a live target cannot load one without a restart. Restore starts one over the downloaded RDB and
/// copies its keys out; the tests start them as sources and targets. It logs into its directory.
/// </summary>
internal sealed class TemporaryRedisServer : IAsyncDisposable
{
    private const string LogFile = "redis-server.log";
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(10);
    private readonly ToolProcess _process;
    private readonly Task _exited;
    private readonly string _directory;
    private readonly TimeProvider _time;

    private TemporaryRedisServer(ToolProcess process, string directory, int port, TimeProvider time)
    {
        _process = process;
        _exited = process.WaitForSuccessAsync(CancellationToken.None);
        _directory = directory;
        Port = port;
        _time = time;
    }

    /// <summary>Its loopback port.</summary>
    public int Port { get; }

    /// <summary>Options to reach it.</summary>
    public ConfigurationOptions Options => RedisConnectionOptions.Loopback(Port);

    /// <summary>The <c>redis-server</c> on PATH.</summary>
    /// <returns>Its path, or null when there is none.</returns>
    public static string? FindExecutable() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "redis-server"))
            .FirstOrDefault(File.Exists);

    /// <summary>Starts a server and waits until it answers (after loading any dump.rdb in its directory).</summary>
    /// <param name="executable">The <c>redis-server</c> binary.</param>
    /// <param name="directory">Its working directory (<c>dir</c>), where it also logs.</param>
    /// <param name="settings">More settings as <c>--name value</c> arguments.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Cancels the start; the process is then killed.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="IOException">It exited instead; the message holds the end of its log.</exception>
    public static async Task<TemporaryRedisServer> StartAsync(
        string executable, string directory, IReadOnlyList<string> settings, TimeProvider time, CancellationToken cancellationToken)
    {
        // A port found free can be taken before redis-server binds it; another port is then tried.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            string[] fixedSettings =
            [
                "--bind", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--dir", directory,
                "--logfile", Path.Combine(directory, LogFile), "--save", "", "--appendonly", "no", "--daemonize", "no",
            ];
            var process = ToolProcess.Start(executable, [.. fixedSettings, .. settings], new Dictionary<string, string?>());
            var server = new TemporaryRedisServer(process, directory, port, time);
            try
            {
                await server.WaitReadyAsync(cancellationToken);
                return server;
            }
            catch (IOException e) when (attempt < 3 && e.Message.Contains("Address already in use", StringComparison.Ordinal))
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

    /// <summary>Stops it: <c>SHUTDOWN NOSAVE</c>, or a kill if it refuses or has not exited within a grace period.</summary>
    /// <returns>A task that completes once it is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        // Nothing of it is worth keeping, so a kill loses nothing when a clean shutdown is not on offer.
        if (!_exited.IsCompleted && await ShutDownAsync())
        {
            try
            {
                await Task.WhenAny(_exited).WaitAsync(ShutdownGrace, _time);
            }
            catch (TimeoutException)
            {
                // Killed below.
            }
        }

        // The exit is awaited before disposing: the wait reads the exit code, which a disposed process no longer has.
        _process.Kill();
        try
        {
            await _exited;
        }
        catch (ToolFailedException)
        {
            // Killed, or it failed to start, which WaitReadyAsync has reported.
        }

        await _process.DisposeAsync();
    }

    // Redis answers SHUTDOWN by closing the connection; a reply means it refused (NOAUTH when it has a password).
    private async Task<bool> ShutDownAsync()
    {
        try
        {
            await using var client = await RespClient.ConnectAsync(Options, _time, ShutdownGrace, CancellationToken.None);
            await client.ExecuteAsync(["SHUTDOWN", "NOSAVE"], CancellationToken.None);
            return false;
        }
        catch (EndOfStreamException)
        {
            return true;
        }
        catch (Exception e) when (e is IOException or SocketException or TimeoutException or RedisReplyException)
        {
            return false;
        }
    }

    private async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        while (!_exited.IsCompleted)
        {
            try
            {
                await using var client = await RespClient.ConnectAsync(Options, _time, TimeSpan.FromSeconds(5), cancellationToken);
                await client.ExecuteAsync(["PING"], cancellationToken);
                return;
            }
            catch (RedisReplyException e) when (e.Code != "LOADING")
            {
                // Up and loaded; it only wants a password the tests gave it (NOAUTH).
                return;
            }
            catch (Exception e) when (e is SocketException or IOException or RedisReplyException)
            {
                // Not listening yet, or still loading the RDB.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), _time, cancellationToken);
        }

        var log = Path.Combine(_directory, LogFile);
        var tail = File.Exists(log)
            ? string.Join('\n', (await File.ReadAllLinesAsync(log, cancellationToken)).TakeLast(20))
            : _process.Stderr;
        throw new IOException($"redis-server exited instead of serving: {tail}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
