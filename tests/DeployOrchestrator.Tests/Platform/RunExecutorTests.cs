using Functions.DeployOrchestrator.Domain;
using Functions.DeployOrchestrator.Platform;

namespace Functions.DeployOrchestrator.Tests.Platform;

/// <summary>The executor sends each action where it belongs; waits and idles touch nothing.</summary>
[TestClass]
public sealed class RunExecutorTests
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Execute_DeployTrafficFinalise_ThroughThePlatform_WaitAndIdleDoNothing()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        var executor = new RunExecutor(platform.Deployer, new HttpHealthProbe(Http, TimeProvider.System), new PrometheusAnalysis(null));
        var run = Runs.New(EmulatedPlatform.Service, EmulatedPlatform.V2);

        var deployed = Assert.IsInstanceOfType<DeployedResult>(await executor.ExecuteAsync(run, new DeployAction(EmulatedPlatform.V2), TestContext.CancellationToken));
        run = Runs.Deployed(run, deployed);
        var calls = platform.Emulator.Calls.Count;
        var waited = await executor.ExecuteAsync(run, new WaitAction(run.CreatedAt.AddMinutes(1)), TestContext.CancellationToken);
        var idled = await executor.ExecuteAsync(run, new IdleAction("paused"), TestContext.CancellationToken);
        var callsAfterWaiting = platform.Emulator.Calls.Count;
        var ready = await executor.ExecuteAsync(run, new AwaitReadyAction(), TestContext.CancellationToken);
        var traffic = await executor.ExecuteAsync(run, new SetTrafficAction(25), TestContext.CancellationToken);
        var measured = await executor.ExecuteAsync(run, new MeasureAction(PrometheusAnalysisTests.Analysis("up")), TestContext.CancellationToken);
        var finalised = await executor.ExecuteAsync(run, new FinaliseAction(), TestContext.CancellationToken);

        Assert.IsInstanceOfType<NothingResult>(waited);
        Assert.IsInstanceOfType<NothingResult>(idled);
        Assert.AreEqual(calls, callsAfterWaiting);
        Assert.IsTrue(Assert.IsInstanceOfType<ReadinessResult>(ready).Ready);
        Assert.AreEqual(new TrafficResult(25), traffic);
        Assert.IsNotNull(Assert.IsInstanceOfType<MeasuredResult>(measured).Measurements.Single().Error);
        Assert.IsInstanceOfType<FinalisedResult>(finalised);
        Assert.AreSequenceEqual(new[] { "superinsight-001=0", "superinsight-002=100" }, platform.Split);
    }
}
