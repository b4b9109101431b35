using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Tests.Policy;

/// <summary>Builds decision inputs for the engine's tests: the default policy, no history, readings by name.</summary>
internal static class Scenario
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A policy with only the given targets and no cooldowns, so one rule at a time can be tested.</summary>
    public static ScalingPolicy Plain(params MetricTarget[] targets) => ScalingPolicy.Default with
    {
        Targets = targets,
        Up = DirectionBehavior.DefaultUp with { Cooldown = TimeSpan.Zero },
        Down = DirectionBehavior.DefaultDown with { Cooldown = TimeSpan.Zero, StabilizationWindow = TimeSpan.Zero },
    };

    public static MetricTarget Cpu(double target = 70) => new("cpu", MetricKind.Utilization, target);

    public static MetricTarget Memory(double target = 80) => new("memory", MetricKind.Utilization, target);

    public static MetricTarget Requests(double perInstance = 100) => new("requests", MetricKind.AverageValue, perInstance);

    public static DecisionInputs Inputs(ScalingPolicy policy, int current, params (string Name, double? Value)[] readings) =>
        new(Now, current, readings.Select(r => r.Value is { } v ? MetricReading.Of(r.Name, v) : MetricReading.Missing(r.Name, "no samples")).ToArray(), policy, [], []);

    public static ScaleEvent Event(int secondsAgo, int from, int to, ScaleTrigger trigger = ScaleTrigger.Metrics) => new(Now.AddSeconds(-secondsAgo), from, to, trigger);

    public static Recommendation Recommended(int secondsAgo, int instances) => new(Now.AddSeconds(-secondsAgo), instances);
}
