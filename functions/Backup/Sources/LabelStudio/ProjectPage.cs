namespace Functions.Backup.Sources.LabelStudio;

/// <summary>One page of <c>GET /api/projects</c> (Django REST framework pagination).</summary>
/// <param name="Count">Projects in all pages.</param>
/// <param name="Next">The next page's URL, null on the last.</param>
/// <param name="Results">This page's projects.</param>
internal sealed record ProjectPage(long Count, string? Next, IReadOnlyList<LabelStudioProject> Results);
