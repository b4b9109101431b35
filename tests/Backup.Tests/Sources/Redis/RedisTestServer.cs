using Functions.Backup.Sources.Redis.Rdb;
using Functions.TestSupport;
using StackExchange.Redis;

namespace Functions.Backup.Tests.Sources.Redis;

/// <summary>
/// A redis-server of the test's own on a free loopback port, in its own temporary directory, so each test chooses its
/// configuration (diskless replication, SYNC renamed away, rdbchecksum no) and its data stays its own. Inconclusive
/// locally and a failure under CI when redis-server is missing.
/// </summary>
internal sealed class RedisTestServer : IAsyncDisposable
{
    private readonly TemporaryRedisServer _server;
    private readonly DirectoryInfo _directory;
    private ConnectionMultiplexer? _connection;

    private RedisTestServer(TemporaryRedisServer server, DirectoryInfo directory)
    {
        _server = server;
        _directory = directory;
    }

    /// <summary>Settings for a server that refuses replication, as managed services do.</summary>
    public static readonly string[] RefusingSync = ["--rename-command", "SYNC", "", "--rename-command", "PSYNC", ""];

    /// <summary>Settings for a disk-backed RDB transfer (<c>$&lt;len&gt;</c>).</summary>
    public static readonly string[] DiskSync = ["--repl-diskless-sync", "no"];

    /// <summary>Settings for a diskless RDB transfer (<c>$EOF:&lt;mark&gt;</c>) without the default 5 s wait.</summary>
    public static readonly string[] DisklessSync = ["--repl-diskless-sync", "yes", "--repl-diskless-sync-delay", "0"];

    public string Url => $"redis://127.0.0.1:{_server.Port}";

    /// <summary>Where it keeps its files.</summary>
    public string Directory => _directory.FullName;

    public static async Task<RedisTestServer> StartAsync(params string[] settings)
    {
        var executable = TemporaryRedisServer.FindExecutable();
        TestEnvironment.Require(executable is not null, "redis-server on PATH (apt-get install redis-server)");
        var directory = System.IO.Directory.CreateTempSubdirectory("redis-test-");
        try
        {
            var server = await TemporaryRedisServer.StartAsync(
                executable!, directory.FullName, settings, TimeProvider.System, CancellationToken.None);
            return new RedisTestServer(server, directory);
        }
        catch
        {
            directory.Delete(recursive: true);
            throw;
        }
    }

    public async Task<IDatabase> DatabaseAsync(int database = 0)
    {
        if (_connection is null)
        {
            var options = _server.Options;
            options.AllowAdmin = true;
            _connection = await ConnectionMultiplexer.ConnectAsync(options);
        }

        return _connection.GetDatabase(database);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }

            await _server.DisposeAsync();
        }
        finally
        {
            _directory.Delete(recursive: true);
        }
    }
}
