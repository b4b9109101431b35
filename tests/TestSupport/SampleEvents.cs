namespace Functions.TestSupport;

/// <summary>The sample events in <c>samples/events</c>, which the README and the demo use too.</summary>
public static class SampleEvents
{
    /// <summary>The folder.</summary>
    public static string Folder => Path.Combine(TestEnvironment.RepoRoot, "samples", "events");

    /// <summary>A sample's path.</summary>
    /// <param name="name">The file name, e.g. "timer.json".</param>
    /// <returns>The path.</returns>
    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>A sample's bytes.</summary>
    /// <param name="name">The file name.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Read(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>All sample file names.</summary>
    /// <returns>The names.</returns>
    public static IEnumerable<string> All() => Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileName).Order()!;
}
