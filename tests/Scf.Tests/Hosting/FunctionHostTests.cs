using System.Text;
using System.Text.Json;
using Functions.Scf.Hosting;
using Functions.TestSupport;

namespace Functions.Scf.Tests.Hosting;

[TestClass]
public sealed class FunctionHostTests
{
    private static readonly FunctionDefinition Echo = TestFunctions.Definition(new DelegateHandler(
        (e, _, _) => Task.FromResult(InvocationResult.FromJson(Encoding.UTF8.GetBytes(e.Json.GetRawText())))));

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Invoke_FromStdin_PrintsTheResultAloneOnStdout()
    {
        var run = await RunAsync(["invoke", "--event", "-"], stdin: """{"command":"echo","n":1}""");

        Assert.AreEqual(ExitCodes.Success, run.ExitCode);
        Assert.AreEqual(1, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("n").GetInt32());
        Assert.Contains("\"outcome\":\"success\"", run.Stderr, "logs go to stderr in invoke mode");
    }

    [TestMethod]
    public async Task Invoke_FromFile_UsesTheGivenRequestId()
    {
        var run = await RunAsync(["invoke", "-e", SampleEvents.PathOf("timer.json"), "--request-id", "req-file"]);

        Assert.AreEqual(ExitCodes.Success, run.ExitCode);
        Assert.AreEqual("Timer", JsonDocument.Parse(run.Stdout).RootElement.GetProperty("Type").GetString());
        Assert.Contains("\"requestId\":\"req-file\"", run.Stderr);
    }

    [TestMethod]
    public async Task Invoke_HandlerError_Exits1WithTheErrorJsonOnStderr()
    {
        var run = await RunAsync(["invoke", "--event", SampleEvents.PathOf("cos-object-created.json")]);

        Assert.AreEqual(ExitCodes.HandlerError, run.ExitCode);
        Assert.AreEqual("", run.Stdout);
        var error = JsonDocument.Parse(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last()).RootElement;
        Assert.AreEqual("UnsupportedEvent", error.GetProperty("errorType").GetString());
    }

    [TestMethod]
    [DataRow(new[] { "invoke" }, "--event")]
    [DataRow(new[] { "invoke", "--event", "/no/such/file.json" }, "cannot read '/no/such/file.json'")]
    [DataRow(new[] { "serve", "--port", "70000" }, "--port must be from 0 to 65535")]
    [DataRow(new[] { "frobnicate" }, "frobnicate")]
    [DataRow(new string[0], "No mode given")]
    public async Task Usage_Errors_Exit2WithAMessage(string[] args, string expected)
    {
        var run = await RunAsync(args);

        Assert.AreEqual(ExitCodes.UsageOrConfiguration, run.ExitCode);
        Assert.Contains(expected, run.Stderr);
    }

    [TestMethod]
    public async Task Configuration_Invalid_Exits2NamingEveryVariable()
    {
        var run = await RunAsync(["invoke", "--event", "-"], stdin: "{}", environment: new()
        {
            ["MAX_EVENT_BYTES"] = "many",
            ["DEADLINE_MARGIN_MS"] = "soon",
        });

        Assert.AreEqual(ExitCodes.UsageOrConfiguration, run.ExitCode);
        Assert.Contains("MAX_EVENT_BYTES must be an integer", run.Stderr);
        Assert.Contains("DEADLINE_MARGIN_MS must be an integer", run.Stderr);
        Assert.AreEqual("", run.Stdout);
    }

    [TestMethod]
    public async Task CustomRuntime_BadEndpoint_Exits2NamingTheVariable()
    {
        var run = await RunAsync([], environment: new() { ["SCF_RUNTIME_API"] = "127.0.0.1", ["SCF_RUNTIME_API_PORT"] = "port" });

        Assert.AreEqual(ExitCodes.UsageOrConfiguration, run.ExitCode);
        Assert.Contains("SCF_RUNTIME_API_PORT must be a port", run.Stderr);
    }

    [TestMethod]
    public async Task Help_ListsModesEventsCommandsAndConfiguration()
    {
        var run = await RunAsync(["--help"]);

        Assert.AreEqual(ExitCodes.Success, run.ExitCode);
        foreach (var expected in new[] { "serve", "invoke", "command, timer, http", "echo", "health", "MAX_EVENT_BYTES", "TEST_TOKEN", "(secret" })
        {
            Assert.Contains(expected, run.Out);
        }
    }

    private async Task<HostRun> RunAsync(string[] args, string stdin = "", Dictionary<string, string?>? environment = null)
    {
        using var stdout = new MemoryStream();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new HostConsole(new MemoryStream(Encoding.UTF8.GetBytes(stdin)), stdout, output, error);
        var exit = await FunctionHost.RunAsync(args, Echo, environment ?? [], console, TimeProvider.System, TestContext.CancellationToken);
        return new HostRun(exit, Encoding.UTF8.GetString(stdout.ToArray()).Trim(), output.ToString(), error.ToString());
    }

    private sealed record HostRun(int ExitCode, string Stdout, string Out, string Stderr);
}
