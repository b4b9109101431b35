using System.Text.Json;
using Functions.Autoscaler.Documents;
using Functions.Autoscaler.Policy;
using Functions.Scf.Configuration;
using Functions.Scf.Errors;

namespace Functions.Autoscaler.Configuration;

/// <summary>The Autoscaler's settings, read and validated at start; every problem names its variable.</summary>
/// <param name="EnvId">The CloudBase environment, or null when only what-if and simulate are used.</param>
/// <param name="ServiceName">The service.</param>
/// <param name="Policy">The scaling policy.</param>
/// <param name="DryRun">Decide and record, change nothing.</param>
/// <param name="History">How long decisions are kept.</param>
internal sealed record AutoscalerSettings(string? EnvId, string ServiceName, ScalingPolicy Policy, bool DryRun, TimeSpan History)
{
    /// <summary>Reads the settings.</summary>
    /// <param name="settings">The reader; problems are recorded on it.</param>
    /// <returns>The settings (meaningful only when the reader has no problems).</returns>
    public static AutoscalerSettings Read(SettingsReader settings)
    {
        var basePolicy = ScalingPolicy.Default;
        var targets = new List<MetricTarget>();
        AddTarget(targets, settings, AutoscalerVariables.CpuTarget, "cpu", MetricKind.Utilization, 70);
        AddTarget(targets, settings, AutoscalerVariables.MemoryTarget, "memory", MetricKind.Utilization, 80);
        AddTarget(targets, settings, AutoscalerVariables.RequestsPerInstance, "requests", MetricKind.AverageValue, 100);
        var policy = basePolicy with
        {
            MinInstances = (int)settings.Number(AutoscalerVariables.MinInstances, 1, 0, 50),
            MaxInstances = (int)settings.Number(AutoscalerVariables.MaxInstances, 10, 1, 50),
            Targets = targets,
            Up = basePolicy.Up with { Cooldown = TimeSpan.FromSeconds(settings.Number(AutoscalerVariables.UpCooldown, 300, 0, 86400)) },
            Down = basePolicy.Down with { Cooldown = TimeSpan.FromSeconds(settings.Number(AutoscalerVariables.DownCooldown, 600, 0, 86400)) },
            Stateful = settings.Flag(AutoscalerVariables.Stateful, false),
        };
        policy = WithJson(settings, policy);
        foreach (var problem in policy.Problems())
        {
            settings.Problem(AutoscalerVariables.Policy, $"(with the AUTOSCALER_* variables) gives a policy where {problem}");
        }

        return new AutoscalerSettings(
            settings.Text(AutoscalerVariables.EnvId),
            settings.Text(AutoscalerVariables.ServiceName) ?? "superinsight",
            policy,
            settings.Flag(AutoscalerVariables.DryRun, false),
            TimeSpan.FromDays(settings.Number(AutoscalerVariables.HistoryDays, 30, 1, 3650)));
    }

    /// <summary>The environment id, or an error saying the command needs it.</summary>
    /// <param name="what">What needs it.</param>
    /// <returns>The id.</returns>
    public string RequireEnvId(string what) =>
        EnvId ?? throw new InvalidArgumentsException($"{what} needs {AutoscalerVariables.EnvId}: set it to the CloudBase environment of {ServiceName}");

    private static void AddTarget(List<MetricTarget> targets, SettingsReader settings, string variable, string name, MetricKind kind, long defaultTarget)
    {
        var target = settings.Number(variable, defaultTarget, 0, 1_000_000);
        if (target > 0)
        {
            targets.Add(new MetricTarget(name, kind, target));
        }
    }

    private static ScalingPolicy WithJson(SettingsReader settings, ScalingPolicy policy)
    {
        if (settings.Text(AutoscalerVariables.Policy) is not { } json)
        {
            return policy;
        }

        try
        {
            var document = JsonSerializer.Deserialize(json, AutoscalerJsonContext.Default.PolicyDocument);
            return PolicyMapper.Merge(policy, document);
        }
        catch (Exception e) when (e is JsonException or InvalidArgumentsException)
        {
            settings.Problem(AutoscalerVariables.Policy, $"is not a valid policy: {e.Message}");
            return policy;
        }
    }
}
