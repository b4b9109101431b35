using Functions.Autoscaler.Policy;

namespace Functions.AutoscalerBench;

/// <summary>
/// The defaults with the dead band moved, as an operator would set it through AUTOSCALER_POLICY: scale up as soon as a
/// metric passes its target (up tolerance 0) and down only when usage is 35 % under it (down tolerance 0.35). Both are
/// HPA v2 per-direction tolerances; the targets, cooldowns, windows and rate policies stay the defaults.
/// </summary>
internal static class SteadyProfile
{
    public const string Json = """{"scaleUp":{"tolerance":0},"scaleDown":{"tolerance":0.35}}""";

    public static string Summary => $"our defaults with AUTOSCALER_POLICY={Json}";

    public static ScalingPolicy Policy { get; } = ScalingPolicy.Default with
    {
        Up = ScalingPolicy.Default.Up with { Tolerance = 0 },
        Down = ScalingPolicy.Default.Down with { Tolerance = 0.35 },
    };
}
