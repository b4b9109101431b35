namespace Functions.Backup.Sources.LabelStudio;

/// <summary>The counts Label Studio keeps on an export snapshot.</summary>
/// <param name="TaskNumber">Tasks exported.</param>
internal sealed record ExportCounters(long? TaskNumber);
