using Functions.Scf.Errors;

namespace Functions.TestSupport;

/// <summary>
/// What every function's published NativeAOT <c>bootstrap</c> must do, in all three modes. Each function's test
/// project derives one, naming its project.
/// </summary>
public abstract class BootstrapContractTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    public TestContext TestContext { get; set; } = null!;

    /// <summary>The function's project name, e.g. "Backup".</summary>
    protected abstract string Project { get; }

    /// <summary>The least configuration the function starts with.</summary>
    protected virtual IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>();

    /// <summary>Whether the function keeps state in Redis (the health check then reports it).</summary>
    protected virtual bool UsesRedis => true;

    [TestMethod]
    [TestCategory("Integration")]
    public async Task CustomRuntime_ReadyThenHealthUnknownAndMalformed_ThenSigterm()
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync();
        await using var bootstrap = BootstrapProcess.Start(Binary, [], With(emulator.Environment));

        await emulator.Ready.WaitAsync(Generous, TestContext.CancellationToken);
        var health = await emulator.InvokeAsync("""{"command":"health"}""", TimeSpan.FromSeconds(10)).WaitAsync(Generous, TestContext.CancellationToken);
        var unknown = await emulator.InvokeAsync("""{"command":"frobnicate"}""", TimeSpan.FromSeconds(10)).WaitAsync(Generous, TestContext.CancellationToken);
        var malformed = await emulator.InvokeAsync("{", TimeSpan.FromSeconds(10)).WaitAsync(Generous, TestContext.CancellationToken);
        bootstrap.Terminate();
        await bootstrap.WaitForExitAsync(Generous);

        Assert.IsFalse(health.IsError, health.Text);
        Assert.AreEqual("Healthy", health.Json.GetProperty("status").GetString());
        Assert.AreEqual(ErrorTypes.UnknownCommand, unknown.ErrorType);
        Assert.AreEqual(ErrorTypes.InvalidEvent, malformed.ErrorType);
        Assert.AreEqual(0, bootstrap.ExitCode);
        Assert.IsEmpty(emulator.Violations);
    }

    [TestMethod]
    [TestCategory("Integration")]
    public async Task Invoke_ExitCodes_Are0ForSuccess1ForErrors2ForUsageAndConfiguration()
    {
        var success = await InvokeAsync(["invoke", "--event", "-"], """{"command":"health"}""");
        var failure = await InvokeAsync(["invoke", "--event", "-"], """{"command":"frobnicate"}""");
        var usage = await InvokeAsync(["invoke"], "");
        var configuration = await InvokeAsync(["invoke", "--event", SampleEvents.PathOf("command-health.json")], "", new() { ["DATABASE_URL"] = "mysql://root:pw@db/app" });

        Assert.AreEqual(0, success.ExitCode);
        Assert.Contains("\"status\":\"Healthy\"", string.Join('\n', success.Stdout));
        Assert.AreEqual(1, failure.ExitCode);
        Assert.Contains("\"errorType\":\"UnknownCommand\"", string.Join('\n', failure.Stderr));
        Assert.IsEmpty(failure.Stdout);
        Assert.AreEqual(2, usage.ExitCode);
        Assert.AreEqual(2, configuration.ExitCode);
        Assert.Contains("DATABASE_URL must be a postgres://", string.Join('\n', configuration.Stderr));
    }

    [TestMethod]
    [TestCategory("Integration")]
    public async Task Health_WithTheLocalServices_ReportsPostgresAndRedisHealthy()
    {
        var environment = new Dictionary<string, string>
        {
            ["DATABASE_URL"] = TestEnvironment.RequireVariable("DATABASE_URL"),
            ["REDIS_URL"] = TestEnvironment.RequireVariable("REDIS_URL"),
        };

        var run = await InvokeAsync(["invoke", "--event", SampleEvents.PathOf("command-health.json")], "", environment);

        var stdout = string.Join('\n', run.Stdout);
        Assert.AreEqual(0, run.ExitCode, string.Join('\n', run.Stderr));
        Assert.Contains("postgres (DATABASE_URL)", stdout);
        if (UsesRedis)
        {
            Assert.Contains("redis (REDIS_URL)", stdout);
        }

        Assert.DoesNotContain("Unhealthy", stdout);
    }

    private string Binary => TestEnvironment.RequireBootstrap(Project);

    private Task<BootstrapProcess> InvokeAsync(string[] args, string stdin, Dictionary<string, string>? environment = null) =>
        BootstrapProcess.RunAsync(Binary, args, With(environment ?? []), stdin, Generous);

    private Dictionary<string, string> With(IReadOnlyDictionary<string, string> extra)
    {
        var all = new Dictionary<string, string>(Environment);
        foreach (var (key, value) in extra)
        {
            all[key] = value;
        }

        return all;
    }
}
