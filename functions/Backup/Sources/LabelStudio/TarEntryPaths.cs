namespace Functions.Backup.Sources.LabelStudio;

/// <summary>Checks tar entry names before anything is written under them: relative, no <c>..</c>, nothing outside the target.</summary>
internal static class TarEntryPaths
{
    /// <summary>Normalises an entry's name to a relative path with <c>/</c> separators, or refuses it.</summary>
    /// <param name="name">The entry's name.</param>
    /// <param name="relative">The path, without <c>.</c> segments or a trailing slash; empty for the archive's root itself.</param>
    /// <returns>False when the name is absolute, climbs out with <c>..</c> or holds a NUL.</returns>
    public static bool TryNormalize(string name, out string relative)
    {
        relative = "";
        if (name.Length == 0 || name[0] == '/' || name.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        var segments = name.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();
        if (segments.Contains(".."))
        {
            return false;
        }

        relative = string.Join('/', segments);
        return true;
    }

    /// <summary>The full path of a normalised entry under a target, checked to stay inside it.</summary>
    /// <param name="target">The target directory (full path).</param>
    /// <param name="relative">The normalised name.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="InvalidDataException">It would land outside the target.</exception>
    public static string Resolve(string target, string relative)
    {
        var full = Path.GetFullPath(Path.Join(target, relative));
        var root = Path.TrimEndingDirectorySeparator(target) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, StringComparison.Ordinal) || full == Path.TrimEndingDirectorySeparator(target)
            ? full
            : throw new InvalidDataException($"the entry '{relative}' would land outside {target}");
    }
}
