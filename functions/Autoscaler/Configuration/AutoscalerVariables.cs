using Functions.Scf.Configuration;
using Functions.State;

namespace Functions.Autoscaler.Configuration;

/// <summary>Every variable the Autoscaler reads itself (the metrics sources add theirs), for <c>--help</c> and the README.</summary>
internal static class AutoscalerVariables
{
    public const string EnvId = "TCB_ENV_ID";
    public const string ServiceName = "TCB_SERVICE_NAME";
    public const string MinInstances = "AUTOSCALER_MIN_INSTANCES";
    public const string MaxInstances = "AUTOSCALER_MAX_INSTANCES";
    public const string CpuTarget = "AUTOSCALER_CPU_TARGET";
    public const string MemoryTarget = "AUTOSCALER_MEMORY_TARGET";
    public const string RequestsPerInstance = "AUTOSCALER_REQUESTS_PER_INSTANCE";
    public const string UpCooldown = "AUTOSCALER_SCALE_UP_COOLDOWN_SECONDS";
    public const string DownCooldown = "AUTOSCALER_SCALE_DOWN_COOLDOWN_SECONDS";
    public const string Stateful = "AUTOSCALER_STATEFUL";
    public const string Policy = "AUTOSCALER_POLICY";
    public const string DryRun = "AUTOSCALER_DRY_RUN";
    public const string HistoryDays = "AUTOSCALER_HISTORY_DAYS";

    public static readonly IReadOnlyList<ConfigVariable> All =
    [
        new(EnvId, "CloudBase environment id of the service to scale. Required for timer, scale, set and status."),
        new(ServiceName, "CloudBase Run service name.", "superinsight"),
        new(MinInstances, "The fewest instances (0 allows scale to zero).", "1"),
        new(MaxInstances, "The most instances (CloudBase Run allows 50; 28 run per environment).", "10"),
        new(CpuTarget, "Target CPU utilisation in percent of the instance spec; 0 stops tracking CPU.", "70"),
        new(MemoryTarget, "Target memory utilisation in percent; 0 stops tracking memory.", "80"),
        new(RequestsPerInstance, "Target requests per second per instance; 0 stops tracking requests.", "100"),
        new(UpCooldown, "Least seconds since the last scale-up before another (alarm-driven scale-ups have their own).", "300"),
        new(DownCooldown, "Least seconds since the last scale-down before another.", "600"),
        new(Stateful, "The service keeps state in its instances (embedded database): never more than one instance.", "false"),
        new(Policy, "The whole policy as JSON, over the variables above: {\"scaleDown\":{\"stabilizationWindowSeconds\":600},\"alarm\":{\"step\":2}} (the shape of evaluate's \"policy\")."),
        new(DryRun, "Shadow mode: decide and record every decision, change nothing.", "false"),
        new(HistoryDays, "Days of decisions kept in the audit table.", "30"),
        StateVariables.Database("the decision audit, scale history and pins (required for timer, scale, set and status)"),
        StateVariables.Redis("the lease that makes concurrent invocations act once (without it, a PostgreSQL advisory lock)"),
    ];
}
