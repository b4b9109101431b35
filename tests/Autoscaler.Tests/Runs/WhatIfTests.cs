using System.Text;
using System.Text.Json;
using Functions.Scf.Hosting;
using Functions.TestSupport;

namespace Functions.Autoscaler.Tests.Runs;

/// <summary>The what-if form of <c>evaluate</c>: every input in the event, no cloud, no database.</summary>
[TestClass]
public sealed class WhatIfTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task WhatIf_DecidesFromTheEventAlone_WithThePolicyOverridden()
    {
        var result = await SucceedAsync("""
            {"command":"evaluate","inputs":{
              "now":"2026-11-27T12:00:00Z","currentInstances":4,
              "metrics":[{"name":"cpu","value":35},{"name":"memory","value":30},{"name":"requests","value":150}],
              "policy":{"scaleDown":{"stabilizationWindowSeconds":600,"cooldownSeconds":0}},
              "recommendations":[{"at":"2026-11-27T11:55:00Z","instances":4}]}}
            """);

        var decision = result.GetProperty("decision");
        Assert.AreEqual(4, decision.GetProperty("desired").GetInt32());
        Assert.AreEqual(2, decision.GetProperty("recommended").GetInt32());
        Assert.Contains("ScaleDownStabilized", decision.GetProperty("conditions").EnumerateArray().Select(c => c.GetString()).ToArray());
        Assert.AreEqual(600, result.GetProperty("inputs").GetProperty("policy").GetProperty("scaleDown").GetProperty("stabilizationWindowSeconds").GetInt32());
        Assert.AreEqual(300, result.GetProperty("inputs").GetProperty("policy").GetProperty("scaleUp").GetProperty("cooldownSeconds").GetInt32(), "unset fields keep the configured policy");
    }

    [TestMethod]
    public async Task WhatIf_ItsOwnInputsEcho_ReproducesTheSameDecision()
    {
        var first = await SucceedAsync("""
            {"command":"evaluate","inputs":{"now":"2026-11-27T12:00:00Z","currentInstances":3,
             "metrics":[{"name":"cpu","value":91},{"name":"requests","value":420}],
             "events":[{"at":"2026-11-27T11:58:00Z","from":2,"to":3}],"alarm":{"alarmId":"x","direction":"up"}}}
            """);

        var again = await SucceedAsync($$"""{"command":"evaluate","inputs":{{first.GetProperty("inputs").GetRawText()}}}""");

        Assert.AreEqual(first.GetProperty("decision").GetRawText(), again.GetProperty("decision").GetRawText());
    }

    [TestMethod]
    [DataRow("""{"command":"evaluate","inputs":{"currentInstances":3,"metricz":[]}}""", "metricz")]
    [DataRow("""{"command":"evaluate","inputs":{"currentInstances":-1}}""", "currentInstances must be 0 or more, not -1")]
    [DataRow("""{"command":"evaluate","inputs":{"metrics":[]}}""", "currentInstances is required")]
    [DataRow("""{"command":"evaluate","inputs":{"currentInstances":2,"policy":{"minInstances":5,"maxInstances":3}}}""", "maxInstances must be at least 1 and at least minInstances (5), not 3")]
    [DataRow("""{"command":"evaluate","inputs":{"currentInstances":2,"policy":{"targets":[{"name":"cpu","kind":"percentile","target":70}]}}}""", "kind")]
    [DataRow("""{"command":"evaluate","inputs":{"currentInstances":2,"events":[{"from":1,"to":2}]}}""", "events[0].at is required")]
    [DataRow("""{"command":"evaluate","inputs":"everything"}""", "'inputs'")]
    public async Task WhatIf_BadInputs_NameTheField(string command, string expected)
    {
        var (_, error) = await InvokeAsync(command);

        Assert.AreEqual("InvalidArguments", error!.ErrorType, error.ErrorMessage);
        Assert.Contains(expected, error.ErrorMessage);
    }

    [TestMethod]
    public async Task LiveCommands_WithoutTheirSettings_SayWhichVariableIsMissing()
    {
        var (_, noEnv) = await InvokeAsync("""{"command":"status"}""");
        var (_, noDatabase) = await InvokeAsync("""{"command":"status"}""", new() { ["TCB_ENV_ID"] = "env-1" });

        Assert.Contains("'status' needs TCB_ENV_ID", noEnv!.ErrorMessage);
        Assert.Contains("'status' needs DATABASE_URL", noDatabase!.ErrorMessage);
    }

    private async Task<JsonElement> SucceedAsync(string command)
    {
        var (result, error) = await InvokeAsync(command);
        Assert.IsNull(error, error?.ErrorMessage);
        return result!.Value;
    }

    private async Task<(JsonElement? Result, InvocationError? Error)> InvokeAsync(string command, Dictionary<string, string?>? environment = null)
    {
        await using var application = TestFunctions.Build(AutoscalerFunction.Definition, new StringWriter(), TimeProvider.System, environment ?? []);
        var outcome = await application.CreateRunner(HostMode.LocalInvoke)
            .InvokeAsync(Encoding.UTF8.GetBytes(command), new InvocationRequest("what-if", TimeSpan.FromSeconds(30), 128), TestContext.CancellationToken);
        return outcome.Error is { } error ? (null, error) : (JsonDocument.Parse(outcome.Result!.Utf8Json).RootElement.Clone(), null);
    }
}
