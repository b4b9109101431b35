namespace Functions.Backup.Tools;

/// <summary>A tool could not be started (not installed, not on PATH, not executable).</summary>
/// <param name="tool">The tool.</param>
/// <param name="reason">Why.</param>
internal sealed class ToolMissingException(string tool, string reason)
    : Exception($"{tool} could not be started ({reason}); install it (Debian: postgresql-client-15, redis-tools, sqlite3) or set PG_BIN")
{
    public string Tool { get; } = tool;
}
