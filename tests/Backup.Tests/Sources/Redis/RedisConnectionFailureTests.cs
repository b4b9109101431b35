using System.Net;
using System.Net.Sockets;
using Functions.Backup.Pipeline;
using Functions.Backup.Sources.Redis;
using Functions.Backup.Tests.Support;
using Functions.State.Redis;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.Backup.Tests.Sources.Redis;

/// <summary>Failures that are not a refusal: auto mode must fail on them rather than switch to a logical snapshot.</summary>
[TestClass]
public sealed class RedisConnectionFailureTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Backup_AutoWhenNothingListens_FailsWithoutFallingBack()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(
            () => BackupAsync($"redis://127.0.0.1:{port}", TimeSpan.FromSeconds(5)));

        Assert.IsInstanceOfType<SocketException>(error.InnerException);
        Assert.Contains($"127.0.0.1:{port}/0", error.Message);
    }

    [TestMethod]
    public async Task Backup_ServerThatNeverAnswers_TimesOut()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var accepted = silent.AcceptTcpClientAsync(Token).AsTask();

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(
            () => BackupAsync($"redis://127.0.0.1:{port}", TimeSpan.FromMilliseconds(200)));

        Assert.IsInstanceOfType<TimeoutException>(error.InnerException);
        Assert.Contains("Redis sent nothing for 0.2 s", error.Message);
        (await accepted).Dispose();
    }

    private Task<SourceReport> BackupAsync(string url, TimeSpan idleTimeout)
    {
        var options = new RedisSourceOptions(RedisUrl.Parse(url)) { IdleTimeout = idleTimeout };
        var source = new RedisSource(options, TimeProvider.System, NullLogger<RedisSource>.Instance);
        return source.BackupAsync(new MemorySourceWriter(RedisSource.SourceName), Token);
    }
}
