namespace Functions.Backup.Tests.Sources.LabelStudio;

/// <summary>A fresh, empty temporary directory, deleted with all it holds on dispose (a failing test included).</summary>
internal sealed class ScratchDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ls-scratch-").FullName;

    public static implicit operator string(ScratchDirectory directory) => directory.Path;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
