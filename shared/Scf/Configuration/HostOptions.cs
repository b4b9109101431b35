using Microsoft.Extensions.Logging;

namespace Functions.Scf.Configuration;

/// <summary>The host's own settings, shared by every function.</summary>
public sealed class HostOptions
{
    /// <summary>SCF's limit for a synchronous event (6 MB).</summary>
    public const int ScfMaxEventBytes = 6 * 1024 * 1024;

    /// <summary>The variables the host reads, for <c>--help</c> and the README.</summary>
    public static readonly IReadOnlyList<ConfigVariable> Variables =
    [
        new("LOG_LEVEL", "Least level written to the JSON log: Trace, Debug, Information, Warning, Error.", "Information"),
        new("OPS_CONFIG_FILE", "Path of an optional JSON config file (rules, services, plans); environment variables override its keys."),
        new("MAX_EVENT_BYTES", "Largest event accepted; larger ones fail with EventTooLarge.", ScfMaxEventBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("MAX_HTTP_BODY_BYTES", "Largest HTTP request body accepted; larger ones get 413.", "1048576"),
        new("DEADLINE_MARGIN_MS", "Time kept back from the platform's time limit to report a timeout cleanly (at most a fifth of the limit).", "1000"),
        new("DEFAULT_TIMEOUT_MS", "Time limit when the transport gives none (local invoke, serve without X-Scf-Timeout).", "900000"),
        new("TENCENTCLOUD_SECRETID", "Execution-role SecretId (set by SCF)."),
        new("TENCENTCLOUD_SECRETKEY", "Execution-role SecretKey (set by SCF).", Sensitivity: Sensitivity.Secret),
        new("TENCENTCLOUD_SESSIONTOKEN", "Execution-role session token (set by SCF).", Sensitivity: Sensitivity.Secret),
        new("TENCENTCLOUD_REGION", "Region of the cloud APIs (set by SCF)."),
    ];

    /// <summary>The least level written to the log.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>The largest event accepted, in bytes.</summary>
    public int MaxEventBytes { get; init; } = ScfMaxEventBytes;

    /// <summary>The largest HTTP body accepted, in bytes.</summary>
    public int MaxHttpBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Time kept back from the platform's limit.</summary>
    public TimeSpan DeadlineMargin { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The time limit when the transport gives none.</summary>
    public TimeSpan DefaultTimeLimit { get; init; } = TimeSpan.FromSeconds(900);

    /// <summary>Reads and validates the host's settings.</summary>
    /// <param name="settings">The reader; problems are recorded on it.</param>
    /// <returns>The options.</returns>
    public static HostOptions Read(SettingsReader settings) => new()
    {
        LogLevel = settings.Choice("LOG_LEVEL", LogLevel.Information),
        MaxEventBytes = (int)settings.Number("MAX_EVENT_BYTES", ScfMaxEventBytes, 1024, 64L * 1024 * 1024),
        MaxHttpBodyBytes = (int)settings.Number("MAX_HTTP_BODY_BYTES", 1024 * 1024, 0, ScfMaxEventBytes),
        DeadlineMargin = settings.Milliseconds("DEADLINE_MARGIN_MS", TimeSpan.FromSeconds(1), TimeSpan.Zero, TimeSpan.FromMinutes(5)),
        DefaultTimeLimit = settings.Milliseconds("DEFAULT_TIMEOUT_MS", TimeSpan.FromSeconds(900), TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(24)),
    };
}
