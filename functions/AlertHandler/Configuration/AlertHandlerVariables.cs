using Functions.Scf.Configuration;
using Functions.State;

namespace Functions.AlertHandler.Configuration;

/// <summary>The AlertHandler's environment variables.</summary>
internal static class AlertHandlerVariables
{
    public const string CallbackToken = "ALERT_CALLBACK_TOKEN";
    public const string ConfigFile = "ALERT_CONFIG_FILE";
    public const string ConfigJson = "ALERT_CONFIG";
    public const string DryRun = "ALERT_DRY_RUN";
    public const string AutoscalerFunction = "ALERT_AUTOSCALER_FUNCTION";
    public const string BackupFunction = "ALERT_BACKUP_FUNCTION";
    public const string FunctionNamespace = "ALERT_FUNCTION_NAMESPACE";
    public const string FlushFunction = "ALERT_FLUSH_FUNCTION";
    public const string RedisPrefix = "ALERT_REDIS_PREFIX";
    public const string EnvId = "TCB_ENV_ID";
    public const string ServiceName = "TCB_SERVICE_NAME";

    public static readonly IReadOnlyList<ConfigVariable> All =
    [
        new(CallbackToken, "Shared token callers must present (Authorization: Bearer, X-Alert-Token, ?token= or URL basic-auth password). Without it every callback is refused.", Sensitivity: Sensitivity.Secret),
        new(ConfigFile, "Path of the routing file (routes, receivers, inhibition rules, actions); see samples/config/alerthandler.json."),
        new(ConfigJson, "The routing file's JSON inline, when no file is deployed (SCF allows 4 KB of variables in all)."),
        new(DryRun, "Decide and record every action, perform none (notifications are still sent).", "false"),
        new(AutoscalerFunction, "The Autoscaler function that scale_up actions invoke.", "superinsight-ops-autoscaler"),
        new(BackupFunction, "The Backup function that backup actions invoke.", "superinsight-ops-backup"),
        new(FunctionNamespace, "The SCF namespace of those functions.", "default"),
        new(FlushFunction, "This function's own name, invoked asynchronously to act and notify right after a callback is answered (default: SCF_FUNCTIONNAME; empty: only the minute timer flushes)."),
        new(RedisPrefix, "Namespace of the AlertHandler's Redis keys, when environments share one Redis.", "alert:"),
        new(EnvId, "CloudBase environment of the service restart actions redeploy."),
        new(ServiceName, "CloudBase Run service restart actions redeploy.", "superinsight"),
        StateVariables.Database("alerts, groups and their timers, silences, actions and the notification log (required)"),
        StateVariables.Redis("the duplicate-callback fast path and the notification rate limits (required)"),
    ];
}
