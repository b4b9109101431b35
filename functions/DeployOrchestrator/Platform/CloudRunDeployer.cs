using Functions.DeployOrchestrator.Domain;
using Functions.TencentCloud.CloudRun;
using Microsoft.Extensions.Logging;

namespace Functions.DeployOrchestrator.Platform;

/// <summary>
/// The run's effects on CloudBase Run (tcbr): a gray release of the image, traffic splits between the stable and the
/// new version, and completing or going back on the release. Every effect looks at the service first, so a run
/// re-executed after a crash (or after an answer that never arrived) finds what it already did instead of doing it
/// twice.
/// </summary>
/// <remarks>
/// "Ready" on this platform: the release task has not failed and the new version is listed among the service's
/// online versions (<c>DescribeCloudRunServerDetail.OnlineVersionInfos</c>). The tcbr fields we have carry no
/// per-version readiness (no replica health, no readiness probe result), so this does not prove the version serves
/// requests; the run's health check step is what proves it.
/// </remarks>
internal sealed partial class CloudRunDeployer
{
    private readonly CloudRunClient _cloudRun;
    private readonly string _envId;
    private readonly ILogger _logger;

    /// <summary>Creates the deployer.</summary>
    /// <param name="cloudRun">The tcbr client.</param>
    /// <param name="envId">The CloudBase environment of the services (<c>TCB_ENV_ID</c>).</param>
    /// <param name="logger">Logs every effect.</param>
    public CloudRunDeployer(CloudRunClient cloudRun, string envId, ILogger<CloudRunDeployer> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(envId);
        _cloudRun = cloudRun;
        _envId = envId;
        _logger = logger;
    }

    /// <summary>
    /// Deploys <paramref name="image"/> as a gray release (no traffic), or finds the version that already runs it.
    /// </summary>
    /// <param name="run">The run.</param>
    /// <param name="image">The image, compared exactly with each version's image.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns><see cref="DeployedResult"/>, or <see cref="FailedResult"/> (transient while another release runs).</returns>
    public async Task<ActionResult> DeployAsync(RunState run, string image, CancellationToken cancellationToken)
    {
        try
        {
            var versions = await VersionsAsync(run.Service, cancellationToken);
            var running = await _cloudRun.GetTaskAsync(_envId, run.Service, 0, cancellationToken);
            var existing = versions.FirstOrDefault(v => SameImage(v.ImageUrl, image));
            if (existing is not null)
            {
                var ownTask = running?.VersionName == existing.VersionName ? running : null;
                var stable = run.StableVersion
                    ?? ownTask?.PreVersionName
                    ?? versions.Where(v => v.VersionName != existing.VersionName && v.Percent > 0).MaxBy(v => v.Percent)?.VersionName;
                LogReused(run.Id, run.Service, existing.VersionName, image);
                return new DeployedResult(existing.VersionName, ownTask?.Id ?? run.ReleaseTaskId, stable, Reused: true);
            }

            if (running is not null)
            {
                return new FailedResult($"deploy: a release is in progress for {run.Service} (task {running.Id}, version {running.VersionName ?? "unknown"})", Transient: true);
            }

            var stableVersion = versions.Where(v => v.Percent > 0).MaxBy(v => v.Percent)?.VersionName;
            var taskId = await _cloudRun.DeployImageAsync(_envId, run.Service, image, gray: true, $"DeployOrchestrator run {run.Id}", cancellationToken);
            var version = (await _cloudRun.GetTaskAsync(_envId, run.Service, taskId, cancellationToken))?.VersionName
                ?? (await VersionsAsync(run.Service, cancellationToken)).FirstOrDefault(v => SameImage(v.ImageUrl, image))?.VersionName;
            if (version is null)
            {
                // The release exists; the next attempt finds its version by image.
                return new FailedResult($"deploy: release task {taskId} started but the platform names no version for {image} yet", Transient: true);
            }

            LogDeployed(run.Id, run.Service, version, image, taskId, stableVersion);
            return new DeployedResult(version, taskId, stableVersion, Reused: false);
        }
        catch (Exception e) when (CloudApiFailure.IsPlatformFailure(e))
        {
            return CloudApiFailure.From("deploy", e);
        }
    }

    /// <summary>Whether the new version is ready, as far as the platform can say (see the remarks on the class).</summary>
    /// <param name="run">The run, with its new version and release task.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns><see cref="ReadinessResult"/> (broken when the release failed), or <see cref="FailedResult"/>.</returns>
    public async Task<ActionResult> AwaitReadyAsync(RunState run, CancellationToken cancellationToken)
    {
        if (run.NewVersion is not { } version)
        {
            return new FailedResult("await ready: the run has no new version", Transient: false);
        }

        try
        {
            var task = run.ReleaseTaskId is { } id ? await _cloudRun.GetTaskAsync(_envId, run.Service, id, cancellationToken) : null;
            if (task is not null && ReleaseTask.HasFailed(task))
            {
                return new ReadinessResult(false, true, $"release task {task.Id} {task.Status}: {ReleaseTask.FailureOf(task)}");
            }

            if (task is not null && ReleaseTask.WasUndone(task))
            {
                return new ReadinessResult(false, true, $"release task {task.Id} was {task.Status} outside this run");
            }

            var listed = (await VersionsAsync(run.Service, cancellationToken)).FirstOrDefault(v => v.VersionName == version);
            var taskText = task is null ? "no release task" : $"release task {task.Id} {task.Status}";
            return listed is null
                ? new ReadinessResult(false, false, $"version {version} is not online yet ({taskText})")
                : new ReadinessResult(true, false, $"version {version} is online with {listed.Percent} % ({taskText})");
        }
        catch (Exception e) when (CloudApiFailure.IsPlatformFailure(e))
        {
            return CloudApiFailure.From("await ready", e);
        }
    }

    // Digest-pinned references name exactly one image, so an exact comparison is the right one; a tag-only
    // reference is compared exactly too (the run always pins by digest).
    private static bool SameImage(string? listed, string image) => string.Equals(listed, image, StringComparison.Ordinal);
}
