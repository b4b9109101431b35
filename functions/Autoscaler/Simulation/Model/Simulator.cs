using Functions.Autoscaler.Policy;
using Functions.Autoscaler.Simulation.Policies;
using Functions.Autoscaler.Simulation.Traces;

namespace Functions.Autoscaler.Simulation.Model;

/// <summary>
/// Replays a trace through one policy on a virtual clock. Time advances from change to change — an evaluation (every
/// interval from the trace's start), a new load point, an instance becoming ready — so nothing is sampled: every
/// second of load is counted against the instances actually ready in it. At an evaluation, instances whose start-up
/// delay has passed are ready, the metrics are read from the load at that instant, the engine decides and the
/// decision is applied at once (new instances start, stopped ones stop).
/// </summary>
internal static class Simulator
{
    /// <summary>Runs the trace through <paramref name="contender"/>.</summary>
    /// <param name="trace">The load.</param>
    /// <param name="settings">The service and the clock.</param>
    /// <param name="contender">The policy.</param>
    /// <param name="keepTicks">Whether to keep every evaluation.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <returns>The totals, the timeline and (when asked) the evaluations.</returns>
    public static PolicyRun Run(LoadTrace trace, SimulationSettings settings, Contender contender, bool keepTicks, CancellationToken cancellationToken)
    {
        var instances = new ServiceInstances(settings.InitialInstances);
        var history = new PolicyHistory(contender.Policy);
        var totals = new TotalsAccumulator(settings.CapacityPerInstance, contender.CpuTarget);
        var ticks = keepTicks ? new List<TickRecord>() : null;
        var segments = new List<Segment>();
        var point = 0;
        var now = trace.Start;
        var nextTick = trace.Start;
        while (now < trace.End)
        {
            instances.Promote(now);
            while (point + 1 < trace.Points.Count && trace.Points[point + 1].At <= now)
            {
                point++;
            }

            var load = trace.Points[point].Load;
            if (now == nextTick)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var tick = Evaluate(now, load, instances, history, settings, contender.Policy);
                totals.Add(tick.Decision);
                ticks?.Add(tick.Record);
                nextTick += settings.Interval;
            }

            var until = Earliest(nextTick, trace.EndOf(point), instances.NextReady ?? trace.End, trace.End);
            var segment = new Segment(now, until - now, load, instances.Ready, instances.Running);
            totals.Add(segment);
            segments.Add(segment);
            now = until;
        }

        return new PolicyRun(contender, totals.Totals(), ticks, segments);
    }

    private static (ScalingDecision Decision, TickRecord Record) Evaluate(
        DateTimeOffset now, double load, ServiceInstances instances, PolicyHistory history, SimulationSettings settings, ScalingPolicy policy)
    {
        var (running, ready) = (instances.Running, instances.Ready);
        var metrics = ServiceMetrics.Of(load, ready, running, settings);
        history.Prune(now);
        var decision = ScalingEngine.Decide(new DecisionInputs(now, running, metrics.Readings(), policy, history.Recommendations, history.Events));
        history.Record(decision);
        instances.ScaleTo(decision.Desired, now, settings.StartupDelay);
        var record = new TickRecord(now, load, running, ready, ready * settings.CapacityPerInstance, Math.Round(metrics.Cpu, 2),
            Math.Round(metrics.Memory, 2), decision.Recommended, decision.Desired, decision.Conditions, decision.Reason);
        return (decision, record);
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b, DateTimeOffset c, DateTimeOffset d)
    {
        var ab = a < b ? a : b;
        var cd = c < d ? c : d;
        return ab < cd ? ab : cd;
    }
}
