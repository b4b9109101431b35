namespace Functions.TestSupport;

/// <summary>
/// Where the tests find their real dependencies, and what happens when one is missing: Inconclusive on a
/// laptop, a failure under CI (<c>CI=true</c>), so a green CI always means the test ran.
/// </summary>
public static class TestEnvironment
{
    /// <summary>True under CI.</summary>
    public static bool IsCi => Environment.GetEnvironmentVariable("CI") is { } ci && (ci == "1" || ci.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>The repository's root (the folder holding Functions.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Fails (CI) or gives up (locally) when a dependency is missing.</summary>
    /// <param name="available">Whether the dependency is there.</param>
    /// <param name="what">What is missing and how to get it.</param>
    public static void Require(bool available, string what)
    {
        if (available)
        {
            return;
        }

        if (IsCi)
        {
            Assert.Fail($"Missing test dependency under CI: {what}");
        }

        Assert.Inconclusive($"Missing test dependency: {what}");
    }

    /// <summary>The published NativeAOT bootstrap of a function (or of the test probe).</summary>
    /// <param name="project">The project name, e.g. "Autoscaler" or "ProbeFunction".</param>
    /// <returns>The binary's path.</returns>
    public static string RequireBootstrap(string project)
    {
        var path = Path.Combine(RepoRoot, "artifacts", "publish", project, "release_linux-x64", "bootstrap");
        Require(File.Exists(path), $"{path} (run scripts/publish.sh)");
        return path;
    }

    /// <summary>A variable set by <c>scripts/services.sh env</c>.</summary>
    /// <param name="name">The variable, e.g. DATABASE_URL.</param>
    /// <returns>Its value.</returns>
    public static string RequireVariable(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        Require(!string.IsNullOrEmpty(value), $"{name} (run: eval \"$(scripts/services.sh up)\")");
        return value!;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Functions.sln above {AppContext.BaseDirectory}.");
    }
}
