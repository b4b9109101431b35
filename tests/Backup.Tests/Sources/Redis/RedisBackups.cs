using Functions.Backup.Pipeline;
using Functions.Backup.Restore;
using Functions.Backup.Sources.Redis;
using Functions.Backup.Tests.Support;
using Functions.Backup.Verification;
using Functions.State.Redis;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.Backup.Tests.Sources.Redis;

/// <summary>The source, verifier and restorer as the pipeline drives them, over an in-memory writer.</summary>
internal static class RedisBackups
{
    public static Task<(SourceReport Report, MemorySourceWriter Objects)> BackupAsync(
        RedisTestServer server, RedisSnapshotMode mode, CancellationToken cancellationToken) => BackupAsync(server.Url, mode, cancellationToken);

    public static async Task<(SourceReport Report, MemorySourceWriter Objects)> BackupAsync(
        string url, RedisSnapshotMode mode, CancellationToken cancellationToken)
    {
        var objects = new MemorySourceWriter(RedisSource.SourceName);
        var source = new RedisSource(new RedisSourceOptions(RedisUrl.Parse(url), mode), TimeProvider.System, NullLogger<RedisSource>.Instance);
        var report = await source.BackupAsync(objects, cancellationToken);
        Assert.HasCount(1, report.Objects);
        return (report, objects);
    }

    public static async Task<VerificationReport> VerifyAsync(IObjectReader objects, StoredObject stored, CancellationToken cancellationToken)
    {
        await using var plaintext = await objects.OpenAsync(stored, cancellationToken);
        return await new RedisVerifier().VerifyAsync(stored.Format, plaintext, cancellationToken);
    }

    public static VerificationReport AssertVerified(VerificationReport report)
    {
        Assert.IsTrue(report.Passed, $"{report.Check}: {report.Problem}");
        return report;
    }

    public static Task<RestoreReport> RestoreAsync(
        SourceReport backup, IObjectReader objects, RedisTestServer target, bool clean, CancellationToken cancellationToken) =>
        new RedisRestorer(TimeProvider.System, NullLogger<RedisRestorer>.Instance, target.Directory)
            .RestoreAsync(new RestoreRequest("set-1", backup.Objects, target.Url, clean, backup.Details), objects, cancellationToken);
}
