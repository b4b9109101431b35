namespace Functions.Backup.Sources.LabelStudio;

/// <summary>A project as <c>GET /api/projects</c> lists it (the fields the backup uses).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="TaskNumber">Its task count, when the server says.</param>
internal sealed record LabelStudioProject(int Id, string? Title, long? TaskNumber);
