namespace Functions.Backup.Tools;

/// <summary>A tool exited with a non-zero code; the message carries the end of its stderr.</summary>
/// <param name="tool">The tool.</param>
/// <param name="exitCode">Its exit code.</param>
/// <param name="stderr">The end of its stderr.</param>
internal sealed class ToolFailedException(string tool, int exitCode, string stderr)
    : Exception($"{tool} exited with code {exitCode}{(stderr.Length == 0 ? "" : ": " + stderr)}")
{
    public string Tool { get; } = tool;

    public int ExitCode { get; } = exitCode;
}
