using Functions.Backup.Pipeline;
using Functions.Backup.Sources.Redis;

namespace Functions.Backup.Tests.Sources.Redis;

/// <summary>Credentials on both connections (the raw replication one and the client's), and which refusals auto mode falls back on.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class RedisAuthenticationTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [DataRow("rdb", "rdb-replication")]
    [DataRow("logical", "logical")]
    public async Task Backup_AsAnAclUserWithPassword_Authenticates(string mode, string expectedMode)
    {
        await using var source = await RedisTestServer.StartAsync(
            [.. RedisTestServer.DisklessSync, "--user", "backup", "on", ">s3cret", "~*", "&*", "+@all"]);
        await (await source.DatabaseAsync()).StringSetAsync("k", "v");

        var (report, objects) = await RedisBackups.BackupAsync(WithUser(source, "backup:s3cret"), RedisSourceOptions.ParseMode(mode), Token);

        Assert.AreEqual(expectedMode, report.Mode);
        RedisBackups.AssertVerified(await RedisBackups.VerifyAsync(objects, report.Objects[0], Token));
    }

    [TestMethod]
    public async Task Backup_AutoWithAWrongPassword_FailsWithoutFallingBack()
    {
        await using var source = await RedisTestServer.StartAsync("--requirepass", "s3cret");

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(
            () => RedisBackups.BackupAsync(WithUser(source, "default:wrong"), RedisSnapshotMode.Auto, Token));

        Assert.Contains("WRONGPASS", error.Message);
        Assert.DoesNotContain("wrong", error.Message.Replace("WRONGPASS", "", StringComparison.Ordinal), "the password is not repeated");
    }

    [TestMethod]
    public async Task Backup_AutoAsAUserThatMayNotReplicate_FallsBackOnNoperm()
    {
        await using var source = await RedisTestServer.StartAsync(
            "--user", "backup", "on", ">s3cret", "~*", "&*", "+@all", "-sync", "-psync", "-replconf");
        await (await source.DatabaseAsync()).StringSetAsync("k", "v");

        var (report, _) = await RedisBackups.BackupAsync(WithUser(source, "backup:s3cret"), RedisSnapshotMode.Auto, Token);

        Assert.AreEqual("logical", report.Mode);
        Assert.Contains("refused replication (NOPERM", report.Details["mode_reason"]);
        Assert.AreEqual("1", report.Details["keys"]);
    }

    private static string WithUser(RedisTestServer server, string userInfo) =>
        server.Url.Replace("redis://", $"redis://{userInfo}@", StringComparison.Ordinal);
}
