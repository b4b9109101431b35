using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Functions.Autoscaler.Policy;
using Functions.Autoscaler.Simulation;
using Functions.Autoscaler.Simulation.Report;
using Functions.Scf.Errors;
using Functions.Scf.Events;
using Functions.TestSupport;

namespace Functions.Autoscaler.Tests.Simulation;

[TestClass]
public sealed class SimulateCommandTests
{
    public TestContext TestContext { get; set; } = null!;

    private static string Traces => Path.Combine(TestEnvironment.RepoRoot, "samples", "traces");

    [TestMethod]
    public async Task RunAsync_SampleTrace_ReportsTheThreePoliciesSideBySide()
    {
        var result = await SimulateCommand.RunAsync(Command($$"""{"trace":{{Q(Path.Combine(Traces, "flash-crowd.json"))}}}"""), null, TestContext.CancellationToken);

        using var json = JsonDocument.Parse(result.Utf8Json);
        var policies = json.RootElement.GetProperty("policies").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToArray();
        Assert.AreSequenceEqual(new[] { "ours", "threshold", "hpa" }, policies);
        Assert.AreEqual(90, json.RootElement.GetProperty("trace").GetProperty("points").GetInt32());
        Assert.IsFalse(json.RootElement.GetProperty("policies")[0].TryGetProperty("ticks", out _), "ticks are off by default");
        Assert.StartsWith("instance-minutes", json.RootElement.GetProperty("table")[1].GetString());
    }

    [TestMethod]
    public async Task RunAsync_SameInput_SameReport()
    {
        var command = Command($$"""{"trace":{{Q(Path.Combine(Traces, "diurnal-day.csv"))}},"ticks":true,"initialInstances":3}""");

        var first = await Report(command);
        var second = await Report(command);

        Assert.AreEqual(Json(first with { ElapsedMs = 0 }), Json(second with { ElapsedMs = 0 }));
        Assert.IsTrue(first.Policies.All(p => p.Ticks!.Count == 1440), "the trace steps every 5 min, the timer every 60 s: 1,440 evaluations a day");
    }

    [TestMethod]
    public async Task RunAsync_Plot_IsWellFormedSvgWithOnePanelPerPolicy()
    {
        var plot = Path.Combine(Path.GetTempPath(), $"simulate-{Guid.NewGuid():N}.svg");
        try
        {
            await Report(Command($$"""{"trace":{{Q(Path.Combine(Traces, "week.csv"))}},"plot":{{Q(plot)}}}"""));

            var svg = XDocument.Load(plot);
            XNamespace ns = "http://www.w3.org/2000/svg";
            var panels = svg.Descendants(ns + "g").Where(g => (string?)g.Attribute("class") == "panel").ToArray();
            Assert.AreSequenceEqual(new[] { "ours", "threshold", "hpa" }, panels.Select(p => (string?)p.Attribute("data-policy")).ToArray());
            Assert.IsTrue(panels.All(p => p.Elements(ns + "path").Count() == 3), "load, ready capacity and instances in each panel");
            Assert.Contains("Mon 11-30", svg.ToString());
        }
        finally
        {
            File.Delete(plot);
        }
    }

    [TestMethod]
    public async Task RunAsync_BadTrace_NamesTheFieldAndLineAndWritesNoPlot()
    {
        var plot = Path.Combine(Path.GetTempPath(), $"simulate-{Guid.NewGuid():N}.svg");
        var command = Command($$"""{"trace":"timestamp,load\n0,10\n60,-1\n","plot":{{Q(plot)}}}""");

        var error = await Assert.ThrowsExactlyAsync<InvalidArgumentsException>(() => Report(command));

        Assert.AreEqual("command 'simulate' field 'trace' (inline): line 3: load -1 is negative.", error.Message);
        Assert.IsFalse(File.Exists(plot));
    }

    [TestMethod]
    public async Task RunAsync_InlineArray_Runs()
    {
        var points = string.Join(',', Enumerable.Range(0, 30).Select(m => $$"""{"t":{{m * 60}},"load":{{(m < 5 ? 100 : 900)}}}"""));

        var report = await Report(Command($$"""{"trace":[{{points}}],"capacityPerInstance":100,"maxInstances":12}"""));

        Assert.AreEqual("inline", report.Trace.Source);
        Assert.IsTrue(report.Policies.All(p => p.Totals.MaxInstances >= 9), "within 25 minutes every policy reaches the 9 instances 900 req/s needs");
    }

    private async Task<SimulationReport> Report(CommandEvent command) =>
        await SimulateCommand.ReportAsync(command, ScalingPolicy.Default, TimeProvider.System, TestContext.CancellationToken);

    private static string Json(SimulationReport report) =>
        Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(report, SimulationJsonContext.Default.SimulationReport));

    /// <summary>A simulate command with the given arguments (a JSON object without the "command" field).</summary>
    internal static CommandEvent Command(string arguments)
    {
        var rest = arguments.Trim()[1..].TrimStart();
        using var document = JsonDocument.Parse("{\"command\":\"simulate\"" + (rest.StartsWith('}') ? "" : ",") + rest);
        return new CommandEvent(document.RootElement.Clone(), "simulate");
    }

    /// <summary>A JSON string literal.</summary>
    internal static string Q(string text) => $"\"{JsonEncodedText.Encode(text)}\"";
}
