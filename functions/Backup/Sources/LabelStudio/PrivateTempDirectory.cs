namespace Functions.Backup.Sources.LabelStudio;

/// <summary>
/// A directory only this user can enter (0700), for the few places sqlite3 needs a real file: the database copy holds
/// every annotation, so it must not be readable by others in a shared temporary folder. Deleted with all it holds.
/// </summary>
internal sealed class PrivateTempDirectory : IDisposable
{
    private PrivateTempDirectory(string path) => Path = path;

    /// <summary>The directory.</summary>
    public string Path { get; }

    /// <summary>Creates a fresh directory under <paramref name="parent"/>.</summary>
    /// <param name="parent">Where, e.g. the system temporary folder.</param>
    /// <returns>The directory.</returns>
    public static PrivateTempDirectory Create(string parent)
    {
        var path = System.IO.Path.Join(parent, $"superinsight-labelstudio-{Guid.NewGuid():N}");
        if (OperatingSystem.IsWindows())
        {
            // Development only: the user's temporary folder is already private there.
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return new PrivateTempDirectory(path);
    }

    /// <summary>A path inside the directory.</summary>
    /// <param name="name">A file name.</param>
    /// <returns>The path.</returns>
    public string File(string name) => System.IO.Path.Join(Path, name);

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Never let cleanup hide the outcome it follows; the directory's name says what it was.
        }
    }
}
