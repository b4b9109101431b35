using Functions.Autoscaler.Policy;
using Functions.Autoscaler.Simulation.Model;
using Functions.Autoscaler.Simulation.Policies;
using Functions.Autoscaler.Simulation.Traces;

namespace Functions.Autoscaler.Tests.Simulation;

[TestClass]
public sealed class SimulatorTests
{
    // Capacity 100 req/s per instance, one instance at the start; HPA without windows or cooldowns (CPU 70 %).
    private static readonly SimulationSettings Settings = new(CapacityPerInstance: 100, StartupDelaySeconds: 60, IntervalSeconds: 60, InitialInstances: 1);

    // Four minutes: 50, 150, 150, 50 req/s.
    private static readonly string Tiny = "timestamp,load\n0,50\n60,150\n120,150\n180,50\n";

    [TestMethod]
    public void Totals_TinyTrace_MatchTheHandCount()
    {
        // 0–60 s: 1 instance, 50 % CPU. At 60 s the load triples: CPU 100 % → ceil(1 × 100/70) = 2; the new instance
        // serves from 120 s, so 60–120 s is a breach of 50 req/s (3,000 requests) at 2 running. 120–180 s: 2 ready,
        // 75 % CPU (over the 70 % target, within tolerance: hold). At 180 s, 25 % → 1, stopped at once.
        var run = Run(Tiny, ComparedPolicies.Hpa(1, 10), Settings);

        var totals = run.Totals;
        Assert.AreEqual(6.0, totals.InstanceMinutes, "1 + 2 + 2 + 1 instance-minutes");
        Assert.AreEqual(1.0, totals.SloBreachMinutes);
        Assert.AreEqual(3000, totals.DroppedRequests);
        Assert.AreEqual(12.5, totals.DroppedPercent, "3,000 of 24,000 requests");
        Assert.AreEqual(2.0, totals.MinutesOverTarget, "100 % in the breach minute, 75 % in the next");
        Assert.AreEqual(2, totals.ScaleEvents);
        Assert.AreEqual(1, totals.ScaleUps);
        Assert.AreEqual(1, totals.ScaleDowns);
        Assert.AreEqual(2, totals.MaxInstances);
        Assert.AreEqual(1.5, totals.MeanInstances);
    }

    [TestMethod]
    public void StartupDelay_CapacityArrivesOnlyAfterIt_EvenBetweenEvaluations()
    {
        var run = Run(Tiny, ComparedPolicies.Hpa(1, 10), Settings with { StartupDelaySeconds = 90 });

        Assert.AreEqual(1.5, run.Totals.SloBreachMinutes, "scaled up at 60 s, serving from 150 s");
        var at = DateTimeOffset.UnixEpoch;
        Assert.AreSequenceEqual(
            new[] { (0, 1, 1), (60, 1, 2), (120, 1, 2), (150, 2, 2), (180, 1, 1) },
            run.Segments.Select(s => ((int)(s.At - at).TotalSeconds, s.Ready, s.Running)).ToArray());
        var atTwoMinutes = run.Ticks!.Single(t => t.At == at.AddSeconds(120));
        Assert.AreEqual(50.0, atTwoMinutes.Cpu, "the starting instance reports 0 %, halving the average");
    }

    [TestMethod]
    public void ScaleDown_IsImmediate_StartingInstancesStopFirst()
    {
        var instances = new ServiceInstances(2);
        var now = DateTimeOffset.UnixEpoch;

        instances.ScaleTo(5, now, TimeSpan.FromSeconds(60));
        Assert.AreEqual((5, 2), (instances.Running, instances.Ready));

        instances.ScaleTo(3, now.AddSeconds(10), TimeSpan.FromSeconds(60));
        Assert.AreEqual((3, 2), (instances.Running, instances.Ready), "two of the three starting ones stop");

        instances.ScaleTo(1, now.AddSeconds(20), TimeSpan.FromSeconds(60));
        Assert.AreEqual((1, 1), (instances.Running, instances.Ready));
        Assert.IsNull(instances.NextReady);
    }

    [TestMethod]
    public void ZeroStartupDelay_ServesAtOnce()
    {
        var run = Run(Tiny, ComparedPolicies.Hpa(1, 10), Settings with { StartupDelaySeconds = 0 });

        Assert.AreEqual(0.0, run.Totals.SloBreachMinutes);
    }

    [TestMethod]
    public void Metrics_StartingInstancesReportZeroCpuAndBaseMemory()
    {
        var metrics = ServiceMetrics.Of(300, 2, 4, new SimulationSettings(CapacityPerInstance: 200));

        Assert.AreEqual(75.0, metrics.ServingCpu);
        Assert.AreEqual(37.5, metrics.Cpu);
        Assert.AreEqual(((2 * (30 + (40 * 0.75))) + (2 * 30)) / 4.0, metrics.Memory);
        Assert.AreEqual(300.0, metrics.Requests);
    }

    [TestMethod]
    public void Metrics_AboveCapacity_CpuSaturatesAtOneHundred()
    {
        Assert.AreEqual(100.0, ServiceMetrics.Of(1000, 2, 2, new SimulationSettings(CapacityPerInstance: 100)).Cpu);
    }

    [TestMethod]
    public void Bounds_AreTheSimulationsForEveryPolicy()
    {
        var trace = "timestamp,load\n" + string.Join('\n', Enumerable.Range(0, 30).Select(m => $"{m * 60},{(m < 5 ? 50 : 5000)}"));

        foreach (var contender in ComparedPolicies.All(ScalingPolicy.Default, 2, 4))
        {
            var run = Run(trace, contender, Settings with { MinInstances = 2, MaxInstances = 4, InitialInstances = 2 });

            Assert.AreEqual(4, run.Totals.MaxInstances, contender.Name);
            Assert.IsTrue(run.Segments.All(s => s.Running >= 2), contender.Name);
        }
    }

    private static PolicyRun Run(string csv, Contender contender, SimulationSettings settings) =>
        Simulator.Run(TraceParser.Parse(csv, TraceFormat.Csv, "test", TraceLimits.Default), settings, contender, true, CancellationToken.None);
}
