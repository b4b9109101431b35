namespace Functions.Backup.Sources.LabelStudio;

/// <summary>One run of the sqlite3 shell.</summary>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error, trimmed.</param>
internal sealed record SqliteRun(int ExitCode, string Output, string Error);
