namespace Functions.Backup.Tests.Sources.LabelStudio;

/// <summary>Asserts that a restored directory holds what the original did: same paths, kinds, bytes, modes, mtimes, links.</summary>
internal static class DirectoryComparison
{
    public static void AssertSame(string expectedRoot, string actualRoot, Func<string, bool> skip)
    {
        var expected = Entries(expectedRoot).Where(e => !skip(e)).ToList();
        var actual = Entries(actualRoot).Where(e => !skip(e)).ToList();
        Assert.AreSequenceEqual(expected, actual, $"restored paths differ: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");

        foreach (var relative in expected)
        {
            var source = Info(expectedRoot, relative);
            var restored = Info(actualRoot, relative);
            Assert.AreEqual(source.LinkTarget, restored.LinkTarget, $"{relative}: link target");
            if (source.LinkTarget is not null)
            {
                continue;
            }

            Assert.AreEqual(source is DirectoryInfo, restored is DirectoryInfo, $"{relative}: kind");
            Assert.AreEqual(source.UnixFileMode, restored.UnixFileMode, $"{relative}: mode");
            Assert.AreEqual(source.LastWriteTimeUtc, restored.LastWriteTimeUtc, $"{relative}: mtime");
            if (source is FileInfo)
            {
                Assert.AreSequenceEqual(File.ReadAllBytes(source.FullName), File.ReadAllBytes(restored.FullName), $"{relative}: bytes");
            }
        }
    }

    private static FileSystemInfo Info(string root, string relative)
    {
        var path = Path.Join(root, relative);
        return Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null ? new DirectoryInfo(path) : new FileInfo(path);
    }

    // Links are listed, not followed.
    private static IEnumerable<string> Entries(string root)
    {
        var found = new List<string>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (pending.TryPop(out var directory))
        {
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                found.Add(Path.GetRelativePath(root, entry.FullName));
                if (entry is DirectoryInfo { LinkTarget: null } subdirectory)
                {
                    pending.Push(subdirectory);
                }
            }
        }

        return found.Order(StringComparer.Ordinal);
    }
}
