using Functions.TestSupport;
using Functions.Backup.Pipeline;
using Functions.Backup.Restore;
using Functions.Backup.Sources.Postgres;
using Functions.Backup.Tests.Support;
using Functions.State.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Functions.Backup.Tests.Sources.Postgres;

/// <summary>pg_dump → verify → pg_restore against the real local PostgreSQL, and the failure paths.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class PostgresRoundTripTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task BackupVerifyRestore_ManyColumnTypesAndALargeObject_RestoreEqual()
    {
        await using var databases = new ScratchDatabases();
        var source = await SeededAsync(databases);
        var target = await databases.CreateAsync("target", TestContext.CancellationToken);
        var writer = new MemorySourceWriter("postgres");

        var report = await new PostgresSource(Options(source), NullLogger.Instance).BackupAsync(writer, TestContext.CancellationToken);
        var dump = report.Objects.Single();
        var verification = await new PostgresVerifier(null).VerifyAsync(dump.Format, await writer.OpenAsync(dump, TestContext.CancellationToken), TestContext.CancellationToken);
        var restored = await new PostgresRestorer(null, TimeProvider.System).RestoreAsync(
            new RestoreRequest("s1", report.Objects, target, Clean: false, report.Details), writer, TestContext.CancellationToken);

        Assert.AreEqual("pg_dump -Fc", report.Mode);
        Assert.StartsWith("15", report.Details["pg_dump_version"]);
        Assert.IsTrue(verification.Passed, verification.Problem);
        Assert.Contains("entries", verification.Check);
        Assert.AreEqual(await FingerprintAsync(databases, source), await FingerprintAsync(databases, target));
        Assert.Contains("relations", restored.Summary);
        Assert.AreEqual(dump.PlainSize, restored.Bytes);
    }

    [TestMethod]
    public async Task Restore_NonEmptyTarget_IsRefusedUnlessClean()
    {
        await using var databases = new ScratchDatabases();
        var source = await SeededAsync(databases);
        var writer = new MemorySourceWriter("postgres");
        var report = await new PostgresSource(Options(source), NullLogger.Instance).BackupAsync(writer, TestContext.CancellationToken);
        var request = new RestoreRequest("s1", report.Objects, source, Clean: false, report.Details);

        var refused = await Assert.ThrowsExactlyAsync<SourceFailedException>(() =>
            new PostgresRestorer(null, TimeProvider.System).RestoreAsync(request, writer, TestContext.CancellationToken));
        await databases.ExecuteAsync(Name(source), "DELETE FROM tasks WHERE id > 100", TestContext.CancellationToken);
        await new PostgresRestorer(null, TimeProvider.System).RestoreAsync(request with { Clean = true }, writer, TestContext.CancellationToken);

        Assert.Contains("not empty", refused.Message);
        Assert.AreEqual(5000L, await ScalarAsync(databases, source, "SELECT count(*) FROM tasks"), "clean restore brought the deleted rows back");
    }

    [TestMethod]
    public async Task Restore_DamagedDump_CommitsNothing()
    {
        await using var databases = new ScratchDatabases();
        var source = await SeededAsync(databases);
        var target = await databases.CreateAsync("target", TestContext.CancellationToken);
        var writer = new MemorySourceWriter("postgres");
        var report = await new PostgresSource(Options(source), NullLogger.Instance).BackupAsync(writer, TestContext.CancellationToken);
        var damaged = new DamagingReader(writer);

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(() => new PostgresRestorer(null, TimeProvider.System).RestoreAsync(
            new RestoreRequest("s1", report.Objects, target, Clean: false, report.Details), damaged, TestContext.CancellationToken));

        Assert.Contains("damaged", error.Message);
        Assert.AreEqual(0L, await ScalarAsync(databases, target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    [TestMethod]
    public async Task Backup_PgDumpKilledMidStream_FailsWithItsStderr()
    {
        await using var databases = new ScratchDatabases();
        var source = await SeededAsync(databases);
        using var bin = FakePgBin.Create("""exec /usr/lib/postgresql/15/bin/pg_dump "$@" | head -c 20000; echo "pg_dump: error: connection lost" >&2; kill -9 $$""");

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(() =>
            new PostgresSource(Options(source, bin.Path), NullLogger.Instance).BackupAsync(new MemorySourceWriter("postgres"), TestContext.CancellationToken));

        Assert.Contains("connection lost", error.Message);
    }

    [TestMethod]
    public async Task Backup_PgDumpOlderThanTheServer_SaysWhichClientToInstall()
    {
        await using var databases = new ScratchDatabases();
        var source = await SeededAsync(databases);
        using var bin = FakePgBin.Create("exit 1", version: "pg_dump (PostgreSQL) 9.6.24");

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(() =>
            new PostgresSource(Options(source, bin.Path), NullLogger.Instance).BackupAsync(new MemorySourceWriter("postgres"), TestContext.CancellationToken));

        Assert.Contains("9.6.24 is older than the server", error.Message);
        Assert.Contains("postgresql-client-15", error.Message);
    }

    [TestMethod]
    public async Task Verify_NotADump_Fails()
    {
        var report = await new PostgresVerifier(null).VerifyAsync(ObjectFormat.PostgresCustom, new MemoryStream("-- plain SQL\n"u8.ToArray()), TestContext.CancellationToken);

        Assert.IsFalse(report.Passed);
        Assert.Contains("PGDMP", report.Problem!);
    }

    private async Task<string> SeededAsync(ScratchDatabases databases)
    {
        var url = await databases.CreateAsync("source", TestContext.CancellationToken);
        await databases.ExecuteAsync(Name(url), SampleSchema.Create, TestContext.CancellationToken);
        return url;
    }

    private static PostgresSourceOptions Options(string url, string? pgBin = null) =>
        new(new PostgresConnection(PostgresUrl.Parse(url), pgBin), [], Globals: false);

    private static string Name(string url) => new Uri(url).AbsolutePath.Trim('/');

    private async Task<string> FingerprintAsync(ScratchDatabases databases, string url) =>
        (string)(await ScalarObjectAsync(databases, url, SampleSchema.Fingerprint))!;

    private async Task<long> ScalarAsync(ScratchDatabases databases, string url, string sql) => Convert.ToInt64(await ScalarObjectAsync(databases, url, sql), System.Globalization.CultureInfo.InvariantCulture);

    private async Task<object?> ScalarObjectAsync(ScratchDatabases databases, string url, string sql)
    {
        await using var connection = await databases.OpenAsync(Name(url), TestContext.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(TestContext.CancellationToken);
    }

    /// <summary>Hands out objects with one byte flipped near the end, and throws at the end as the real checking reader does.</summary>
    private sealed class DamagingReader(MemorySourceWriter inner) : IObjectReader
    {
        public async Task<Stream> OpenAsync(StoredObject entry, CancellationToken cancellationToken)
        {
            await using var original = await inner.OpenAsync(entry, cancellationToken);
            using var copy = new MemoryStream();
            await original.CopyToAsync(copy, cancellationToken);
            var bytes = copy.ToArray();
            bytes[^10] ^= 0xFF;
            return new Functions.Backup.Pipeline.Streams.VerifyingReadStream(new MemoryStream(bytes), entry.PlainSha256, entry.PlainSize, entry.Key);
        }
    }
}
