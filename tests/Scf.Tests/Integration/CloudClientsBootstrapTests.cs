using System.Net;
using System.Text;
using System.Text.Json;
using Functions.TestSupport;
using Functions.TestSupport.CloudApi;

namespace Functions.Scf.Tests.Integration;

/// <summary>
/// The typed cloud clients compiled with NativeAOT, in the published probe, against the signature-verifying API
/// emulator: with the role's keys from the environment (invoke), and with an image function's per-invocation keys (serve).
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class CloudClientsBootstrapTests
{
    private const string Event = """{"command":"cloud","envId":"env-1","service":"superinsight","secret":"webhook","function":"superinsight-ops-autoscaler"}""";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Invoke_WithRoleKeysFromTheEnvironment_CallsEveryService()
    {
        await using var emulator = await SeededEmulatorAsync("AKIDroleKeyForProbe00", "role-secret-key", "role-session-token");
        var environment = new Dictionary<string, string>
        {
            ["TENCENTCLOUD_ENDPOINT"] = emulator.Endpoint.ToString(),
            ["TENCENTCLOUD_SECRETID"] = "AKIDroleKeyForProbe00",
            ["TENCENTCLOUD_SECRETKEY"] = "role-secret-key",
            ["TENCENTCLOUD_SESSIONTOKEN"] = "role-session-token",
            ["TENCENTCLOUD_REGION"] = "ap-guangzhou",
        };

        var run = await BootstrapProcess.RunAsync(TestEnvironment.RequireBootstrap("ProbeFunction"), ["invoke", "--event", "-"], environment, Event, Generous);

        Assert.AreEqual(0, run.ExitCode, string.Join('\n', run.Stderr));
        var report = JsonDocument.Parse(string.Join('\n', run.Stdout)).RootElement;
        Assert.AreEqual(4, report.GetProperty("instances").GetInt64());
        Assert.AreEqual("superinsight-001=100", report.GetProperty("versions")[0].GetString());
        Assert.AreEqual(2, report.GetProperty("samples").GetInt32());
        Assert.AreEqual("hook-value-123".Length, report.GetProperty("secretLength").GetInt32());
        Assert.AreSequenceEqual(
            new[] { "DescribeCloudRunServerDetail", "DescribeCloudRunPodList", "GetMonitorData", "Invoke", "ListSecretVersionIds", "GetSecretValue" },
            emulator.Calls.Select(c => c.Action));
        Assert.IsTrue(emulator.Calls.All(c => c.Token == "role-session-token" && c.Region == "ap-guangzhou"));
        Assert.IsEmpty(emulator.Rejections);
        Assert.DoesNotContain(l => l.Contains("role-secret-key", StringComparison.Ordinal) || l.Contains("role-session-token", StringComparison.Ordinal), run.Stderr);
    }

    [TestMethod]
    public async Task Serve_UsesEachInvocationsHeaderKeys_AndNothingWithout()
    {
        await using var emulator = await SeededEmulatorAsync("AKIDinvocationKey0001", "invocation-secret-key", "invocation-token");
        var environment = new Dictionary<string, string> { ["TENCENTCLOUD_ENDPOINT"] = emulator.Endpoint.ToString() };
        await using var server = BootstrapProcess.Start(TestEnvironment.RequireBootstrap("ProbeFunction"), ["serve", "--port", "0"], environment);
        var line = await server.WaitForStdoutAsync(l => l.Contains("listening on", StringComparison.Ordinal), Generous);
        var port = new Uri(JsonDocument.Parse(line).RootElement.GetProperty("addresses")[0].GetString()!).Port;
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        using var withKeys = await PostAsync(http, ("X-Scf-Secret-Id", "AKIDinvocationKey0001"), ("X-Scf-Secret-Key", "invocation-secret-key"), ("X-Scf-Session-Token", "invocation-token"));
        using var without = await PostAsync(http);

        Assert.AreEqual(HttpStatusCode.OK, withKeys.StatusCode, await withKeys.Content.ReadAsStringAsync(TestContext.CancellationToken));
        Assert.IsTrue(emulator.Calls.All(c => c.SecretId == "AKIDinvocationKey0001" && c.Token == "invocation-token"));
        Assert.AreEqual(HttpStatusCode.InternalServerError, without.StatusCode);
        Assert.Contains("ClientNoCredentials", await without.Content.ReadAsStringAsync(TestContext.CancellationToken));
        Assert.DoesNotContain(l => l.Contains("invocation-secret-key", StringComparison.Ordinal), server.Stdout);
    }

    private static async Task<TencentCloudApiEmulator> SeededEmulatorAsync(string secretId, string secretKey, string token)
    {
        var emulator = await TencentCloudApiEmulator.StartAsync();
        emulator.AddKey(secretId, secretKey, token);
        var service = emulator.CloudRun.AddService("env-1", "superinsight", "tcr/superinsight/app:v1");
        service.Instances = 4;
        var now = TimeProvider.System.GetUtcNow();
        emulator.Monitor.SetSeries("QCE/TCB_DOCKER", "VersionCpuUsed",
            new Dictionary<string, string> { ["envid"] = "env-1", ["serviceid"] = "1", ["versionid"] = "superinsight-001" },
            [(now.AddMinutes(-3), 0.4), (now.AddMinutes(-2), 0.6)]);
        emulator.Scf.AddFunction("superinsight-ops-autoscaler");
        emulator.Ssm.Put("webhook", "hook-value-123");
        return emulator;
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient http, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/event-invoke") { Content = new StringContent(Event, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await http.SendAsync(request, TestContext.CancellationToken);
    }
}
