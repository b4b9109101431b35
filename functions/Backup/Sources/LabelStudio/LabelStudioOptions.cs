namespace Functions.Backup.Sources.LabelStudio;

/// <summary>
/// Where Label Studio keeps its data and how to reach its API. A class rather than a record so that no generated
/// <c>ToString</c> can ever print the token.
/// </summary>
internal sealed class LabelStudioOptions
{
    /// <summary>Label Studio's data directory (<c>LABEL_STUDIO_DATA_DIR</c>), absolute.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Label Studio's base URL (<c>LABEL_STUDIO_URL</c>); export snapshots are taken only with a token too.</summary>
    public Uri? ApiUrl { get; init; }

    /// <summary>The legacy API token (<c>LABEL_STUDIO_TOKEN</c>), sent as <c>Authorization: Token …</c>. Secret.</summary>
    public string? Token { get; init; }

    /// <summary>The projects to export; empty means every project the token can see.</summary>
    public IReadOnlyList<int> ProjectIds { get; init; } = [];

    /// <summary>The SQLite file in the data directory (Label Studio's <c>DATABASE_NAME</c>).</summary>
    public string DatabaseFileName { get; init; } = LabelStudioObjects.Database;

    /// <summary>The sqlite3 command-line shell (Debian package <c>sqlite3</c>).</summary>
    public string SqliteCommand { get; init; } = "sqlite3";

    /// <summary>Where the database copy is made before it is streamed; it must hold one copy of the database.</summary>
    public string TemporaryDirectory { get; init; } = Path.GetTempPath();

    /// <summary>How long the copy waits for a writer's lock before giving up (default 30 s).</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one project's export may take to complete in Label Studio (default 30 min).</summary>
    public TimeSpan ExportTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How often an export's status is asked (default 2 s).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether export snapshots are taken: both the URL and the token are set.</summary>
    public bool ExportsEnabled => ApiUrl is not null && !string.IsNullOrEmpty(Token);
}
