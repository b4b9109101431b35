using Functions.Scf.Configuration;
using Functions.Scf.Errors;

namespace Functions.AlertHandler.Configuration;

/// <summary>The AlertHandler's settings from its variables, validated at start; every problem names its variable.</summary>
/// <param name="CallbackToken">The shared callback token, or null (then every callback is refused).</param>
/// <param name="ConfigFile">The routing file's path, or null.</param>
/// <param name="ConfigJson">The routing file's JSON inline, or null.</param>
/// <param name="DryRun">Record actions without performing them.</param>
/// <param name="AutoscalerFunction">The function scale_up invokes.</param>
/// <param name="BackupFunction">The function backup invokes.</param>
/// <param name="FunctionNamespace">Their namespace.</param>
/// <param name="FlushFunction">This function's name for the asynchronous flush, or null for timer-only flushing.</param>
/// <param name="RedisPrefix">The namespace of the Redis keys.</param>
/// <param name="EnvId">The CloudBase environment for restarts, or null.</param>
/// <param name="ServiceName">The service restarts redeploy.</param>
internal sealed record AlertHandlerSettings(
    string? CallbackToken,
    string? ConfigFile,
    string? ConfigJson,
    bool DryRun,
    string AutoscalerFunction,
    string BackupFunction,
    string FunctionNamespace,
    string? FlushFunction,
    string RedisPrefix,
    string? EnvId,
    string ServiceName)
{
    /// <summary>Reads the settings.</summary>
    /// <param name="settings">The reader; problems are recorded on it.</param>
    /// <returns>The settings.</returns>
    public static AlertHandlerSettings Read(SettingsReader settings)
    {
        var file = settings.Text(AlertHandlerVariables.ConfigFile);
        var json = settings.Text(AlertHandlerVariables.ConfigJson);
        if (file is not null && json is not null)
        {
            settings.Problem(AlertHandlerVariables.ConfigJson, $"and {AlertHandlerVariables.ConfigFile} are both set: keep one");
        }

        var flush = settings.Text(AlertHandlerVariables.FlushFunction) ?? settings.Text("SCF_FUNCTIONNAME");
        return new AlertHandlerSettings(
            settings.Text(AlertHandlerVariables.CallbackToken),
            file,
            json,
            settings.Flag(AlertHandlerVariables.DryRun, false),
            settings.Text(AlertHandlerVariables.AutoscalerFunction) ?? "superinsight-ops-autoscaler",
            settings.Text(AlertHandlerVariables.BackupFunction) ?? "superinsight-ops-backup",
            settings.Text(AlertHandlerVariables.FunctionNamespace) ?? "default",
            string.IsNullOrWhiteSpace(flush) ? null : flush,
            settings.Text(AlertHandlerVariables.RedisPrefix) ?? "alert:",
            settings.Text(AlertHandlerVariables.EnvId),
            settings.Text(AlertHandlerVariables.ServiceName) ?? "superinsight");
    }

    /// <summary>The environment id, or an error saying restarts need it.</summary>
    /// <returns>The id.</returns>
    public string RequireEnvId() =>
        EnvId ?? throw new InvalidArgumentsException($"restart actions need {AlertHandlerVariables.EnvId}: set it to the CloudBase environment of {ServiceName}");
}
