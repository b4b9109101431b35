namespace Functions.Backup.Tests.Sources.Postgres;

/// <summary>A directory standing in for PG_BIN whose pg_dump is a script, to make the real tool misbehave on purpose.</summary>
internal sealed class FakePgBin : IDisposable
{
    private FakePgBin(string path) => Path = path;

    public string Path { get; }

    /// <summary>A pg_dump that answers --version with <paramref name="version"/> (default: the real one's) and dumps by running <paramref name="dump"/>.</summary>
    public static FakePgBin Create(string dump, string? version = null)
    {
        var dir = Directory.CreateTempSubdirectory("fake-pg-bin-").FullName;
        var pgDump = System.IO.Path.Combine(dir, "pg_dump");
        var versionCommand = version is null ? "exec /usr/lib/postgresql/15/bin/pg_dump --version" : $"echo '{version}'";
        File.WriteAllText(pgDump, $$"""
            #!/bin/bash
            if [ "$1" = "--version" ]; then {{versionCommand}}; exit 0; fi
            {{dump}}
            """);
        File.SetUnixFileMode(pgDump, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new FakePgBin(dir);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
