namespace Functions.Backup.Sources.LabelStudio;

/// <summary>The body of <c>POST /api/projects/{id}/exports/</c>: all tasks, with the default serialization.</summary>
/// <param name="Title">The snapshot's title, naming who made it and when.</param>
internal sealed record CreateExportRequest(string Title);
