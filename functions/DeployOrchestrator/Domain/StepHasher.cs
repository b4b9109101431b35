using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Functions.DeployOrchestrator.Domain;

/// <summary>
/// The hash a run pins its steps by (Argo's <c>currentStepHash</c>): SHA-256, lowercase hex, of a canonical text with one
/// line per step and every field that changes behaviour, durations in ticks and numbers round-trip invariant, strings
/// length-prefixed. Equal steps give equal hashes across processes and releases.
/// </summary>
internal static class StepHasher
{
    /// <summary>Hashes steps.</summary>
    /// <param name="steps">The steps.</param>
    /// <returns>64 lowercase hex digits.</returns>
    public static string Hash(IReadOnlyList<RunStep> steps) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(steps))));

    /// <summary>The canonical text the hash is taken of.</summary>
    /// <param name="steps">The steps.</param>
    /// <returns>One line per step.</returns>
    public static string Canonical(IReadOnlyList<RunStep> steps)
    {
        var text = new StringBuilder();
        foreach (var step in steps)
        {
            switch (step)
            {
                case SetWeightStep s:
                    text.Append("setWeight ").Append(Number(s.Percent));
                    break;
                case PauseStep s:
                    text.Append("pause ").Append(s.Duration is { } d ? Ticks(d) : "manual");
                    break;
                case KeepWarmStep s:
                    text.Append("keepWarm ").Append(Ticks(s.Duration));
                    break;
                case HealthCheckStep s:
                    var c = s.Check;
                    text.Append("healthCheck ").AppendJoin(' ', Text(c.Name), Text(c.Url), Number(c.ExpectStatus), Text(c.JsonField), Text(c.ExpectValue),
                        Number(c.ConsecutiveSuccesses), Number(c.FailureLimit), Ticks(c.Interval), Ticks(c.Timeout), Ticks(c.Deadline));
                    break;
                case AnalysisStep s:
                    var a = s.Analysis;
                    text.Append("analysis ").AppendJoin(' ', Text(a.Name), Ticks(a.Interval), Number(a.Count), Ticks(a.InitialDelay), a.InconclusiveAction.ToString());
                    foreach (var m in a.Metrics)
                    {
                        text.Append(" metric ").AppendJoin(' ', Text(m.Name), Text(m.Query), Real(m.Min), Real(m.Max),
                            Number(m.FailureLimit), Number(m.InconclusiveLimit), Number(m.ConsecutiveErrorLimit), m.NoData.ToString());
                    }

                    break;
                default:
                    throw new ArgumentException($"unknown step type {step.GetType().Name}", nameof(steps));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ticks(TimeSpan value) => value.Ticks.ToString(CultureInfo.InvariantCulture) + "t";

    private static string Real(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "-";

    private static string Text(string? value) => value is null ? "-" : $"{value.Length.ToString(CultureInfo.InvariantCulture)}:{value}";
}
