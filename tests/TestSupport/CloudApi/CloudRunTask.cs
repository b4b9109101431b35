namespace Functions.TestSupport.CloudApi;

/// <summary>An emulated release task.</summary>
/// <param name="id">The task id.</param>
/// <param name="version">The version being released.</param>
/// <param name="previousVersion">The version before.</param>
/// <param name="releaseType">GRAY or FULL.</param>
public sealed class CloudRunTask(long id, string version, string? previousVersion, string releaseType)
{
    public long Id { get; } = id;

    public string Version { get; } = version;

    public string? PreviousVersion { get; } = previousVersion;

    public string ReleaseType { get; } = releaseType;

    /// <summary>running, finished, failed, cancelled or rolled_back.</summary>
    public string Status { get; set; } = "running";

    public string? FailReason { get; set; }

    /// <summary>Whether its deploy step has finished (the version runs), even while the release stays open.</summary>
    public bool Deployed { get; set; }

    public bool IsRunning => Status == "running";
}
