using System.Globalization;

namespace Functions.Backup.Sources.LabelStudio;

/// <summary>The Label Studio source's name and the names of the objects it writes into a set.</summary>
internal static class LabelStudioObjects
{
    /// <summary>The source's name, also its folder in a set.</summary>
    public const string SourceName = "labelstudio";

    /// <summary>The data directory without the database, as a PAX tar.</summary>
    public const string Files = "files.tar";

    /// <summary>The consistent copy of the SQLite database, and Label Studio's default name for it.</summary>
    public const string Database = "label_studio.sqlite3";

    /// <summary>The details key that records the database's file name in the data directory.</summary>
    public const string DatabaseFileDetail = "sqlite.file";

    /// <summary>The files SQLite keeps beside a database while it is in use; stale ones would be replayed onto a restored copy.</summary>
    public static readonly IReadOnlyList<string> CompanionSuffixes = ["-wal", "-shm", "-journal"];

    /// <summary>The export snapshot of one project.</summary>
    /// <param name="projectId">The project.</param>
    /// <returns>The object's name.</returns>
    public static string Export(int projectId) => string.Create(CultureInfo.InvariantCulture, $"export-project-{projectId}.json");
}
