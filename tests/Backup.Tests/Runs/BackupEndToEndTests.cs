using System.Security.Cryptography;
using Functions.Backup.Tests.Sources.Postgres;
using Functions.TestSupport;
using Npgsql;

namespace Functions.Backup.Tests.Runs;

/// <summary>The whole function on real PostgreSQL, a real Label Studio-like folder and file:// or s3:// (s3rver) repositories.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class BackupEndToEndTests
{
    private string _work = "";

    public TestContext TestContext { get; set; } = null!;

    [TestInitialize]
    public void CreateWorkDir() => _work = Directory.CreateTempSubdirectory("backup-e2e-").FullName;

    [TestCleanup]
    public void DeleteWorkDir() => Directory.Delete(_work, recursive: true);

    [TestMethod]
    public async Task BackupListVerifyRestore_EncryptedToAFileRepository_RestoresEqualData()
    {
        await using var databases = new ScratchDatabases();
        var source = await SeededAsync(databases);
        var target = await databases.CreateAsync("restored", TestContext.CancellationToken);
        await using var backup = new BackupHarness(Environment(source, $"file://{_work}/repo", encrypt: true));

        var run = await backup.SucceedAsync("""{"command":"backup","sources":["postgres"]}""", TestContext.CancellationToken);
        var list = await backup.SucceedAsync("""{"command":"list"}""", TestContext.CancellationToken);
        var verify = await backup.SucceedAsync("""{"command":"verify","set":"latest"}""", TestContext.CancellationToken);
        var restore = await backup.SucceedAsync($$"""{"command":"restore","source":"postgres","target":"{{target}}"}""", TestContext.CancellationToken);

        var set = run.GetProperty("set");
        Assert.IsTrue(set.GetProperty("complete").GetBoolean());
        var stored = set.GetProperty("sources")[0].GetProperty("objects")[0];
        Assert.EndsWith(".dump.enc", stored.GetProperty("key").GetString());
        Assert.StartsWith("sha256:", stored.GetProperty("encryptionKeyId").GetString());
        Assert.AreEqual(set.GetProperty("setId").GetString(), list.GetProperty("sets")[0].GetProperty("setId").GetString());
        Assert.IsTrue(verify.GetProperty("passed").GetBoolean());
        Assert.AreEqual(set.GetProperty("setId").GetString(), restore.GetProperty("setId").GetString());
        Assert.AreEqual(await FingerprintAsync(databases, source), await FingerprintAsync(databases, target));
        Assert.DoesNotContain(f => File.ReadAllText(f).Contains("PGDMP", StringComparison.Ordinal),
            Directory.EnumerateFiles(_work, "*.dump*", SearchOption.AllDirectories), "no plaintext dump in the repository");
    }

    [TestMethod]
    public async Task Backup_ToS3Rver_StreamsAndRestores()
    {
        await using var databases = new ScratchDatabases();
        var source = await SeededAsync(databases);
        var target = await databases.CreateAsync("restored", TestContext.CancellationToken);
        var environment = Environment(source, $"s3://{TestEnvironment.RequireVariable("S3_BUCKET")}/e2e-{Guid.NewGuid():N}", encrypt: false);
        environment["S3_ENDPOINT"] = TestEnvironment.RequireVariable("S3_ENDPOINT");
        environment["S3_ACCESS_KEY_ID"] = TestEnvironment.RequireVariable("S3_ACCESS_KEY_ID");
        environment["S3_SECRET_ACCESS_KEY"] = TestEnvironment.RequireVariable("S3_SECRET_ACCESS_KEY");
        await using var backup = new BackupHarness(environment);

        var run = await backup.SucceedAsync("""{"command":"backup","sources":["postgres"]}""", TestContext.CancellationToken);
        await backup.SucceedAsync($$"""{"command":"restore","source":"postgres","target":"{{target}}","set":"{{run.GetProperty("set").GetProperty("setId").GetString()}}"}""", TestContext.CancellationToken);

        Assert.StartsWith("s3://", run.GetProperty("repository").GetString());
        Assert.AreEqual(await FingerprintAsync(databases, source), await FingerprintAsync(databases, target));
    }

    [TestMethod]
    public async Task TimerRetry_OfTheSameSlot_FindsTheSetCompleteAndMakesNoSecondSet()
    {
        await using var databases = new ScratchDatabases();
        var source = await SeededAsync(databases);
        await using var backup = new BackupHarness(Environment(source, $"file://{_work}/repo", encrypt: false));
        const string timer = """{"Type":"Timer","TriggerName":"nightly","Time":"2026-11-27T18:30:00Z","Message":"postgres"}""";

        var first = await backup.SucceedAsync(timer, TestContext.CancellationToken);
        var retry = await backup.SucceedAsync(timer, TestContext.CancellationToken);
        var list = await backup.SucceedAsync("""{"command":"list"}""", TestContext.CancellationToken);

        Assert.AreEqual("20261127T183000Z", first.GetProperty("set").GetProperty("setId").GetString());
        Assert.IsFalse(first.GetProperty("alreadyDone").GetBoolean());
        Assert.IsTrue(retry.GetProperty("alreadyDone").GetBoolean());
        Assert.AreEqual(1, list.GetProperty("sets").GetArrayLength());
    }

    [TestMethod]
    public async Task OneSourceFailing_IsReportedWhileTheOtherIsStoredAndVerified()
    {
        await using var databases = new ScratchDatabases();
        var source = await SeededAsync(databases);
        var environment = Environment(source, $"file://{_work}/repo", encrypt: false);
        environment["REDIS_URL"] = "redis://127.0.0.1:1/0";
        await using var backup = new BackupHarness(environment);

        var (_, error) = await backup.InvokeAsync("""{"command":"backup"}""", TestContext.CancellationToken);
        var list = await backup.SucceedAsync("""{"command":"list"}""", TestContext.CancellationToken);

        Assert.AreEqual("BackupIncomplete", error!.ErrorType);
        Assert.Contains("postgres ok", error.ErrorMessage);
        Assert.Contains("redis failed", error.ErrorMessage);
        var set = list.GetProperty("sets")[0];
        Assert.IsFalse(set.GetProperty("complete").GetBoolean());
        Assert.IsTrue(set.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "postgres").GetProperty("verified").GetBoolean());
    }

    [TestMethod]
    public async Task DeadlineReached_MidRun_RecordsNothingAndLeavesNoPartialFile()
    {
        await using var databases = new ScratchDatabases();
        var source = await SeededAsync(databases);
        await databases.ExecuteAsync(Name(source), "INSERT INTO tasks (project_id, payload, state) SELECT 1, gen_random_bytes(1024), 'new' FROM generate_series(1, 400000)", TestContext.CancellationToken);
        await using var backup = new BackupHarness(Environment(source, $"file://{_work}/repo", encrypt: true));

        var (_, error) = await backup.InvokeAsync("""{"command":"backup","sources":["postgres"]}""", TestContext.CancellationToken, timeLimit: TimeSpan.FromMilliseconds(1500));
        var list = await backup.SucceedAsync("""{"command":"list"}""", TestContext.CancellationToken);

        Assert.AreEqual("Timeout", error!.ErrorType);
        Assert.AreEqual(0, list.GetProperty("sets").GetArrayLength());
        Assert.IsEmpty(Directory.GetFiles(_work, "*.partial", SearchOption.AllDirectories));
        Assert.IsEmpty(Directory.GetFiles(_work, "manifest.json", SearchOption.AllDirectories));
    }

    [TestMethod]
    [DataRow("""{"command":"backup","sources":["mongodb"]}""", "InvalidArguments", "mongodb")]
    [DataRow("""{"command":"restore","source":"postgres"}""", "InvalidArguments", "'target'")]
    [DataRow("""{"command":"restore","source":"oracle","target":"x"}""", "InvalidArguments", "oracle")]
    [DataRow("""{"command":"restore","source":"postgres","target":"postgres://u:p@127.0.0.1:1/x","set":"../../etc"}""", "InvalidArguments", "set id")]
    [DataRow("""{"command":"verify","set":"20200101T000000Z"}""", "InvalidArguments", "no manifest")]
    public async Task BadInput_GetsAClearErrorAndChangesNothing(string command, string errorType, string expected)
    {
        await using var databases = new ScratchDatabases();
        var source = await SeededAsync(databases);
        await using var backup = new BackupHarness(Environment(source, $"file://{_work}/repo", encrypt: false));

        var (_, error) = await backup.InvokeAsync(command, TestContext.CancellationToken);

        Assert.AreEqual(errorType, error!.ErrorType, error.ErrorMessage);
        Assert.Contains(expected, error.ErrorMessage);
        Assert.IsFalse(Directory.Exists(Path.Combine(_work, "repo", "sets")));
    }

    private Dictionary<string, string?> Environment(string databaseUrl, string repository, bool encrypt)
    {
        var environment = new Dictionary<string, string?>
        {
            ["BACKUP_REPOSITORY"] = repository,
            ["DATABASE_URL"] = databaseUrl,
            ["BACKUP_STALE_GRACE_MINUTES"] = "0",
        };
        if (encrypt)
        {
            environment["BACKUP_ENCRYPTION_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        }

        return environment;
    }

    private async Task<string> SeededAsync(ScratchDatabases databases)
    {
        var url = await databases.CreateAsync("source", TestContext.CancellationToken);
        await databases.ExecuteAsync(Name(url), SampleSchema.Create, TestContext.CancellationToken);
        return url;
    }

    private static string Name(string url) => new Uri(url).AbsolutePath.Trim('/');

    private async Task<string> FingerprintAsync(ScratchDatabases databases, string url)
    {
        await using var connection = await databases.OpenAsync(Name(url), TestContext.CancellationToken);
        await using var command = new NpgsqlCommand(SampleSchema.Fingerprint, connection);
        return (string)(await command.ExecuteScalarAsync(TestContext.CancellationToken))!;
    }
}
