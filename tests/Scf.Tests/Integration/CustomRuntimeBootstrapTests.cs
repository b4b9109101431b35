using System.Text;
using Functions.TestSupport;

namespace Functions.Scf.Tests.Integration;

/// <summary>The published NativeAOT probe under the runtime-API emulator: the Custom Runtime contract end to end.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class CustomRuntimeBootstrapTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Bootstrap_ReportsReadyBeforeNext_AndServes100EventsInOneProcess()
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync();
        await using var bootstrap = Start(emulator);

        await emulator.Ready.WaitAsync(Generous, TestContext.CancellationToken);
        for (var i = 0; i < 100; i++)
        {
            var outcome = await emulator.InvokeAsync($$"""{"command":"echo","i":{{i}}}""", TimeSpan.FromSeconds(10), $"req-{i}").WaitAsync(Generous, TestContext.CancellationToken);
            Assert.IsFalse(outcome.IsError, outcome.Text);
            Assert.AreEqual(i, outcome.Json.GetProperty("i").GetInt32());
        }

        Assert.IsFalse(bootstrap.HasExited);
        bootstrap.Terminate();
        await bootstrap.WaitForExitAsync(Generous);
        Assert.AreEqual(0, bootstrap.ExitCode);
        Assert.IsEmpty(emulator.Violations);
        Assert.AreEqual(1, emulator.ReadyCount);
        Assert.AreEqual(100, bootstrap.Stdout.Count(l => l.Contains("\"outcome\":\"success\"", StringComparison.Ordinal)), "one summary line per invocation");
    }

    [TestMethod]
    public async Task Bootstrap_ThrowMalformedAndTimeouts_EachGetOneErrorAndTheLoopGoesOn()
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync();
        await using var bootstrap = Start(emulator);
        var limit = TimeSpan.FromMilliseconds(1500);

        var thrown = await InvokeAsync(emulator, """{"command":"throw"}""", limit);
        var malformed = await InvokeAsync(emulator, """{"command": "echo", """, limit);
        var unknown = await InvokeAsync(emulator, """{"unexpected":true}""", limit);
        var cooperative = await InvokeAsync(emulator, """{"command":"sleep","ms":20000}""", limit);
        var stubborn = await InvokeAsync(emulator, """{"command":"sleep","ms":20000,"ignoreCancellation":true}""", limit);
        var after = await InvokeAsync(emulator, """{"command":"echo","alive":true}""", limit);

        Assert.AreEqual("InvalidOperationException", thrown.ErrorType);
        Assert.AreEqual("InvalidEvent", malformed.ErrorType);
        Assert.AreEqual("InvalidEvent", unknown.ErrorType);
        Assert.AreEqual("Timeout", cooperative.ErrorType);
        Assert.AreEqual("Timeout", stubborn.ErrorType);
        Assert.IsTrue(after.Json.GetProperty("alive").GetBoolean());
        Assert.IsFalse(bootstrap.HasExited);
        Assert.IsEmpty(emulator.Violations, "each invocation answered exactly once");
    }

    [TestMethod]
    public async Task Bootstrap_EventOverTheLimit_IsRefusedAndTheLoopGoesOn()
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync();
        await using var bootstrap = Start(emulator, new() { ["MAX_EVENT_BYTES"] = "2048" });

        var big = await InvokeAsync(emulator, $$"""{"command":"echo","pad":"{{new string('x', 10_000)}}"}""", TimeSpan.FromSeconds(5));
        var small = await InvokeAsync(emulator, """{"command":"echo"}""", TimeSpan.FromSeconds(5));

        Assert.AreEqual("EventTooLarge", big.ErrorType);
        Assert.IsFalse(small.IsError);
    }

    [TestMethod]
    public async Task Bootstrap_SigtermDuringAnInvocation_ReportsShutdownAndExits0()
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync();
        await using var bootstrap = Start(emulator);
        await emulator.Ready.WaitAsync(Generous, TestContext.CancellationToken);

        var pending = emulator.InvokeAsync("""{"command":"sleep","ms":60000}""", TimeSpan.FromSeconds(120));
        await bootstrap.WaitForStdoutAsync(_ => emulator.NextCalls >= 1, Generous);
        bootstrap.Terminate();
        var outcome = await pending.WaitAsync(Generous, TestContext.CancellationToken);

        await bootstrap.WaitForExitAsync(Generous);
        Assert.AreEqual("Shutdown", outcome.ErrorType);
        Assert.AreEqual(0, bootstrap.ExitCode);
    }

    [TestMethod]
    public async Task Bootstrap_InvalidConfiguration_FailsInitWithoutReady()
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync();
        await using var bootstrap = Start(emulator, new() { ["MAX_EVENT_BYTES"] = "lots", ["LOG_LEVEL"] = "chatty" });

        await bootstrap.WaitForExitAsync(Generous);

        Assert.AreEqual(2, bootstrap.ExitCode);
        var stderr = string.Join('\n', bootstrap.Stderr);
        Assert.Contains("MAX_EVENT_BYTES must be an integer", stderr);
        Assert.Contains("LOG_LEVEL must be one of", stderr);
        Assert.AreEqual(0, emulator.ReadyCount);
    }

    [TestMethod]
    public async Task Bootstrap_SecretsNeverReachLogsOrErrors()
    {
        const string secret = "probe-secret-9f8e7d";
        await using var emulator = await RuntimeApiEmulator.StartAsync();
        await using var bootstrap = Start(emulator, new() { ["PROBE_TOKEN"] = secret, ["REDIS_URL"] = "redis://default:redis-pw-4455@127.0.0.1:1/0" });

        var leaked = await InvokeAsync(emulator, """{"command":"leak","variable":"PROBE_TOKEN"}""", TimeSpan.FromSeconds(5));
        var leakedUrl = await InvokeAsync(emulator, """{"command":"leak","variable":"REDIS_URL"}""", TimeSpan.FromSeconds(5));
        bootstrap.Terminate();
        await bootstrap.WaitForExitAsync(Generous);

        Assert.AreEqual("the value of PROBE_TOKEN is ***", leaked.Json.GetProperty("errorMessage").GetString());
        Assert.AreEqual("the value of REDIS_URL is redis://default:***@127.0.0.1:1/0", leakedUrl.Json.GetProperty("errorMessage").GetString());
        var logs = string.Join('\n', bootstrap.Stdout.Concat(bootstrap.Stderr));
        Assert.DoesNotContain(secret, logs);
        Assert.DoesNotContain("redis-pw-4455", logs);
    }

    private BootstrapProcess Start(RuntimeApiEmulator emulator, Dictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>(emulator.Environment);
        foreach (var (key, value) in extra ?? [])
        {
            environment[key] = value;
        }

        return BootstrapProcess.Start(TestEnvironment.RequireBootstrap("ProbeFunction"), [], environment);
    }

    private async Task<EmulatedOutcome> InvokeAsync(RuntimeApiEmulator emulator, string json, TimeSpan limit) =>
        await emulator.InvokeAsync(Encoding.UTF8.GetBytes(json), limit).WaitAsync(Generous, TestContext.CancellationToken);
}
