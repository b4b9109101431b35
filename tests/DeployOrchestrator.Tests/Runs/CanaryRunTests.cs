using System.Text.Json;

namespace Functions.DeployOrchestrator.Tests.Runs;

/// <summary>
/// Pushes that become canaries end to end, against the API emulator with real PostgreSQL and real HTTP endpoints:
/// a healthy one reaches all traffic, an unhealthy one and one failing its analysis go back to stable by themselves.
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class CanaryRunTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Cancel => TestContext.CancellationToken;

    [TestMethod]
    public async Task HealthyCanary_WalksEveryStep_AndEndsWithAllTrafficOnTheNewVersion()
    {
        await using var h = await DeployHarness.StartAsync(Cancel);
        h.Build(h.CanaryConfig());
        var (push, _, image) = DeployHarness.Push("v2", 'a');

        var accepted = await h.SucceedAsync(push, Cancel);
        await h.DrainAsync(Cancel);
        var version = h.Platform.Versions.Single(v => v.Image == image).Name;
        h.App.SetErrorRate(version, 0.01);
        await h.PumpAsync(Cancel, after: TimeSpan.FromSeconds(6));
        var atTwenty = h.Platform.Versions.Single(v => v.Image == image).Percent;
        await h.PumpAsync(Cancel, after: TimeSpan.FromMinutes(1));
        await h.PumpAsync(Cancel, after: TimeSpan.FromMinutes(1));
        await h.PumpAsync(Cancel, after: TimeSpan.FromMinutes(1));
        var paused = await h.StatusAsync(Cancel);
        var promoted = await h.CommandAsync("promote", Cancel);
        await h.DrainAsync(Cancel);
        var done = await h.StatusAsync(Cancel);

        Assert.AreEqual(200, accepted.GetProperty("statusCode").GetInt32());
        Assert.AreEqual(20, atTwenty);
        Assert.AreEqual("Stepping", paused.GetProperty("runs")[0].GetProperty("phase").GetString(), Describe(paused));
        Assert.AreEqual(50, paused.GetProperty("runs")[0].GetProperty("weight").GetInt32(), Describe(paused));
        Assert.IsTrue(promoted.GetProperty("accepted").GetBoolean(), promoted.GetRawText());
        Assert.AreEqual("Succeeded", done.GetProperty("runs")[0].GetProperty("phase").GetString(), Describe(done));
        Assert.AreEqual(100, h.Platform.Versions.Single(v => v.Image == image).Percent);
        Assert.HasCount(2, h.Platform.Versions, "one new version, never a second deploy");
        Assert.Contains(b => b.Contains("SUCCEEDED", StringComparison.Ordinal), h.Robots.AcceptedBy("webhook"));
    }

    [TestMethod]
    public async Task UnhealthyNewVersion_FailsItsHealthCheck_AndTrafficStaysOnStable()
    {
        await using var h = await DeployHarness.StartAsync(Cancel);
        h.Build(h.CanaryConfig());
        h.App.SetHealth($"{h.Service}-002", "unhealthy");
        var (push, _, image) = DeployHarness.Push("v2", 'b');

        await h.SucceedAsync(push, Cancel);
        await h.DrainAsync(Cancel);
        for (var i = 0; i < 4; i++)
        {
            await h.PumpAsync(Cancel, after: TimeSpan.FromSeconds(6));
        }

        var status = await h.StatusAsync(Cancel);
        Assert.AreEqual("Failed", status.GetProperty("runs")[0].GetProperty("phase").GetString(), Describe(status));
        Assert.Contains("api", status.GetProperty("runs")[0].GetProperty("reason").GetString()!);
        Assert.AreEqual(0, h.Platform.Versions.Single(v => v.Image == image).Percent);
        Assert.AreEqual(100, h.Platform.Versions.Single(v => v.Image == DeployHarness.StableImage).Percent);
        Assert.Contains(b => b.Contains("FAILED", StringComparison.Ordinal), h.Robots.AcceptedBy("webhook"));
    }

    [TestMethod]
    public async Task FailingAnalysis_RollsBackFromTwentyPercent_WithTheMetricNamed()
    {
        await using var h = await DeployHarness.StartAsync(Cancel);
        h.Build(h.CanaryConfig());
        var (push, _, image) = DeployHarness.Push("v2", 'c');
        await h.SucceedAsync(push, Cancel);
        await h.DrainAsync(Cancel);
        h.App.SetErrorRate(h.Platform.Versions.Single(v => v.Image == image).Name, 0.30);

        for (var i = 0; i < 4; i++)
        {
            await h.PumpAsync(Cancel, after: TimeSpan.FromMinutes(1));
        }

        var status = await h.StatusAsync(Cancel);
        Assert.AreEqual("Failed", status.GetProperty("runs")[0].GetProperty("phase").GetString(), Describe(status));
        Assert.Contains("error-rate", status.GetProperty("runs")[0].GetProperty("reason").GetString()!);
        Assert.AreEqual(100, h.Platform.Versions.Single(v => v.Image == DeployHarness.StableImage).Percent);
    }

    [TestMethod]
    public async Task DuplicateWebhooks_StartOneRun_AndBadTokensNone()
    {
        await using var h = await DeployHarness.StartAsync(Cancel);
        h.Build(h.CanaryConfig());
        var (push, _, _) = DeployHarness.Push("v2", 'd');
        var (unauthenticated, _, _) = DeployHarness.Push("v3", 'e', token: "wrong");
        var (otherTag, _, _) = DeployHarness.Push("latest", 'f');

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => h.SucceedAsync(push, Cancel)));
        var refused = await h.SucceedAsync(unauthenticated, Cancel);
        var ignored = await h.SucceedAsync(otherTag, Cancel);
        await h.DrainAsync(Cancel);
        var status = await h.StatusAsync(Cancel);

        var outcomes = answers.Select(a => JsonDocument.Parse(a.GetProperty("body").GetString()!).RootElement.GetProperty("pushes")[0].GetProperty("outcome").GetString()).ToArray();
        Assert.ContainsSingle(o => o == "started", outcomes, string.Join(", ", outcomes));
        Assert.AreEqual(4, outcomes.Count(o => o == "duplicate"), string.Join(", ", outcomes));
        Assert.AreEqual(401, refused.GetProperty("statusCode").GetInt32());
        Assert.Contains("ignored", ignored.GetProperty("body").GetString()!);
        Assert.AreEqual(1, status.GetProperty("runs").GetArrayLength());
        Assert.HasCount(2, h.Platform.Versions);
    }

    internal static string Describe(JsonElement status) => status.GetRawText();
}
