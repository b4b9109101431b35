using System.Text;
using Functions.Scf.Hosting;
using Functions.Scf.Runtime;
using Functions.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.Scf.Tests.Runtime;

/// <summary>The runtime loop with the real HTTP client against the emulator, in process.</summary>
[TestClass]
public sealed class RuntimeLoopTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Run_ReportsReadyFirst_ThenAnswersEveryEvent()
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync();
        using var stop = new CancellationTokenSource();
        var loop = StartLoop(emulator, stop.Token);

        await emulator.Ready.WaitAsync(TimeSpan.FromSeconds(10), TestContext.CancellationToken);
        var outcomes = new List<EmulatedOutcome>();
        for (var i = 0; i < 20; i++)
        {
            outcomes.Add(await emulator.InvokeAsync($$"""{"command":"echo","i":{{i}}}""", TimeSpan.FromSeconds(10), $"req-{i}"));
        }

        await stop.CancelAsync();
        Assert.AreEqual(ExitCodes.Success, await loop.WaitAsync(TimeSpan.FromSeconds(10), TestContext.CancellationToken));
        Assert.IsTrue(outcomes.All(o => !o.IsError));
        Assert.AreSequenceEqual(Enumerable.Range(0, 20), outcomes.Select(o => o.Json.GetProperty("i").GetInt32()));
        Assert.AreEqual("application/json", outcomes[0].ContentType);
        Assert.IsEmpty(emulator.Violations);
        Assert.AreEqual(1, emulator.ReadyCount);
    }

    [TestMethod]
    public async Task Run_TransientFailuresOfTheApi_AreRetried()
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync();
        emulator.FailNext("/runtime/init/ready", 2, 503);
        emulator.FailNext("/runtime/invocation/response", 2, 500);
        using var stop = new CancellationTokenSource();
        var loop = StartLoop(emulator, stop.Token);

        var outcome = await emulator.InvokeAsync("""{"command":"echo"}""", TimeSpan.FromSeconds(10)).WaitAsync(TimeSpan.FromSeconds(20), TestContext.CancellationToken);

        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(10), TestContext.CancellationToken);
        Assert.IsFalse(outcome.IsError);
        Assert.IsEmpty(emulator.Violations);
    }

    [TestMethod]
    public async Task Run_ErrorsAreJsonWithTypeMessageAndRequestId()
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync();
        using var stop = new CancellationTokenSource();
        var loop = StartLoop(emulator, stop.Token);

        var outcome = await emulator.InvokeAsync("not json", TimeSpan.FromSeconds(10), "req-bad");

        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(10), TestContext.CancellationToken);
        Assert.IsTrue(outcome.IsError);
        Assert.AreEqual("InvalidEvent", outcome.Json.GetProperty("errorType").GetString());
        Assert.AreEqual("req-bad", outcome.Json.GetProperty("requestId").GetString());
        Assert.Contains("not valid JSON", outcome.Json.GetProperty("errorMessage").GetString()!);
    }

    [TestMethod]
    public async Task Run_ApiGoneForGood_ExitsWith1()
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync();
        emulator.FailNext("/runtime/init/ready", 100, 500);

        var exit = await StartLoop(emulator, TestContext.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.CancellationToken);

        Assert.AreEqual(ExitCodes.HandlerError, exit);
        Assert.AreEqual(0, emulator.NextCalls);
    }

    private static Task<int> StartLoop(RuntimeApiEmulator emulator, CancellationToken stop)
    {
        var application = TestFunctions.Build(
            TestFunctions.Definition(new DelegateHandler((e, _, _) => Task.FromResult(InvocationResult.FromJson(Encoding.UTF8.GetBytes(e.Json.GetRawText()))))),
            TextWriter.Null,
            TimeProvider.System);
        var client = new RuntimeApiClient(new Uri($"http://127.0.0.1:{emulator.Port}/"), TimeProvider.System);
        return Task.Run(async () =>
        {
            await using (application)
            using (client)
            {
                return await new RuntimeLoop(client, application.CreateRunner(HostMode.CustomRuntime), NullLogger.Instance).RunAsync(stop);
            }
        }, CancellationToken.None);
    }
}
