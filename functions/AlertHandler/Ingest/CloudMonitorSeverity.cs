namespace Functions.AlertHandler.Ingest;

/// <summary>
/// The severity label of a Cloud Monitor alarm. Only tiered policies say how severe an alarm is, and only through
/// the suffix of <c>alertId</c> (<c>sessionId_&lt;level&gt;</c>, CN doc 248/9066). Their levels map to the
/// severities routes use:
/// <list type="bullet">
/// <item><c>Remind</c> (提醒) → <c>info</c></item>
/// <item><c>Warn</c> / <c>Warning</c> (警告) → <c>warning</c></item>
/// <item><c>Serious</c> / <c>Critical</c> (严重) → <c>critical</c></item>
/// </list>
/// Anything else — no alertId, no suffix, or a level not listed — is <see cref="Default"/>: an alarm someone chose to
/// configure is worth a warning, not silence.
/// </summary>
internal static class CloudMonitorSeverity
{
    public const string Info = "info";
    public const string Warning = "warning";
    public const string Critical = "critical";
    public const string Default = Warning;

    /// <summary>Finds the level suffix of an alertId.</summary>
    /// <param name="alertId">The alarm's alertId, if any.</param>
    /// <param name="sessionId">Its sessionId, if any: when alertId is <c>sessionId_x</c>, x is the level whatever it says.</param>
    /// <returns>The level as sent ("Serious"), or null when the alertId carries none.</returns>
    public static string? LevelOf(string? alertId, string? sessionId)
    {
        if (string.IsNullOrEmpty(alertId))
        {
            return null;
        }

        if (!string.IsNullOrEmpty(sessionId) && alertId.Length > sessionId.Length + 1 &&
            alertId.StartsWith(sessionId, StringComparison.Ordinal) && alertId[sessionId.Length] == '_')
        {
            return alertId[(sessionId.Length + 1)..];
        }

        // Without a sessionId to strip, only a suffix that is a known level counts: ids may contain underscores.
        var underscore = alertId.LastIndexOf('_');
        if (underscore <= 0)
        {
            return null;
        }

        var suffix = alertId[(underscore + 1)..];
        return Map(suffix) is null ? null : suffix;
    }

    /// <summary>The severity of a level.</summary>
    /// <param name="level">A Tencent level, or null.</param>
    /// <returns>info, warning or critical; <see cref="Default"/> for null or unknown levels.</returns>
    public static string FromLevel(string? level) => level is null ? Default : Map(level) ?? Default;

    private static string? Map(string level) => level.Trim().ToUpperInvariant() switch
    {
        "REMIND" or "提醒" => Info,
        "WARN" or "WARNING" or "警告" => Warning,
        "SERIOUS" or "CRITICAL" or "严重" => Critical,
        _ => null,
    };
}
