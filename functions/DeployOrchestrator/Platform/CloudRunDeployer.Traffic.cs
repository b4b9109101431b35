using System.Globalization;
using Functions.DeployOrchestrator.Domain;
using Functions.TencentCloud.CloudRun;

namespace Functions.DeployOrchestrator.Platform;

/// <remarks>
/// Stopping the new version on rollback: tcbr has no call to delete or stop a version (none in the SDK's action
/// list), so "stopped" here means it gets no traffic and its release task has gone back (<c>go_back</c>), after
/// which the platform no longer lists it online. Its instances are the platform's to reclaim; we cannot verify
/// when or whether it scales them to zero.
/// </remarks>
internal sealed partial class CloudRunDeployer
{
    /// <summary>Gives the new version <paramref name="percent"/> % and the stable version the rest (all of it on a first deploy).</summary>
    /// <param name="run">The run, with its new and stable versions.</param>
    /// <param name="percent">The new version's share, 0–100.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns><see cref="TrafficResult"/> with the share in place, or <see cref="FailedResult"/>.</returns>
    public async Task<ActionResult> SetTrafficAsync(RunState run, int percent, CancellationToken cancellationToken)
    {
        if (run.NewVersion is null || percent is < 0 or > 100)
        {
            return new FailedResult($"set traffic: needs a new version and 0–100 %, got {run.NewVersion ?? "no version"} at {percent} %", Transient: false);
        }

        try
        {
            return new TrafficResult(await SplitAsync(run, run.NewVersion, run.StableVersion is null ? 100 : percent, cancellationToken));
        }
        catch (Exception e) when (CloudApiFailure.IsPlatformFailure(e))
        {
            return CloudApiFailure.From("set traffic", e);
        }
    }

    /// <summary>All traffic to the new version, then completes the release task if it is still open.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns><see cref="FinalisedResult"/>, or <see cref="FailedResult"/>.</returns>
    public async Task<ActionResult> FinaliseAsync(RunState run, CancellationToken cancellationToken)
    {
        if (run.NewVersion is null)
        {
            return new FailedResult("finalise: the run has no new version", Transient: false);
        }

        try
        {
            await SplitAsync(run, run.NewVersion, 100, cancellationToken);
            await OperateIfRunningAsync(run, ReleaseOperation.Done, $"DeployOrchestrator run {run.Id}: finalised", cancellationToken);
            LogFinalised(run.Id, run.Service, run.NewVersion);
            return new FinalisedResult();
        }
        catch (Exception e) when (CloudApiFailure.IsPlatformFailure(e))
        {
            return CloudApiFailure.From("finalise", e);
        }
    }

    /// <summary>
    /// All traffic back to the stable version, then goes back on the release task if it is still open (cancels it on
    /// a first deploy, where there is nothing to go back to and the new version keeps the traffic it has).
    /// </summary>
    /// <param name="run">The run.</param>
    /// <param name="reason">Why, for the console and the log.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns><see cref="RolledBackResult"/>, or <see cref="FailedResult"/>.</returns>
    public async Task<ActionResult> RollbackAsync(RunState run, string reason, CancellationToken cancellationToken)
    {
        try
        {
            if (run.StableVersion is { } stable)
            {
                await SplitAsync(run, stable, 100, cancellationToken);
            }

            var operation = run.StableVersion is null ? ReleaseOperation.Cancel : ReleaseOperation.GoBack;
            await OperateIfRunningAsync(run, operation, $"DeployOrchestrator run {run.Id}: {reason}", cancellationToken);
            LogRolledBack(run.Id, run.Service, run.StableVersion, run.NewVersion, reason);
            return new RolledBackResult();
        }
        catch (Exception e) when (CloudApiFailure.IsPlatformFailure(e))
        {
            return CloudApiFailure.From("roll back", e);
        }
    }

    /// <summary>
    /// Puts <paramref name="percent"/> % on <paramref name="target"/> and the rest on the other of the run's two
    /// versions, unless the split is already so.
    /// </summary>
    private async Task<int> SplitAsync(RunState run, string target, int percent, CancellationToken cancellationToken)
    {
        var other = target == run.NewVersion ? run.StableVersion : run.NewVersion;
        var versions = await VersionsAsync(run.Service, cancellationToken);
        var current = versions.FirstOrDefault(v => v.VersionName == target)?.Percent ?? 0;
        if (current == percent && (other is null || (versions.FirstOrDefault(v => v.VersionName == other)?.Percent ?? 0) == 100 - percent))
        {
            return ShareOfNew(run, target, percent);
        }

        // The first item is the default route: the version with the larger share.
        List<VersionTraffic> split = [new(target, percent)];
        if (other is not null)
        {
            split.Insert(percent >= 50 ? 1 : 0, new VersionTraffic(other, 100 - percent));
        }

        await _cloudRun.SetTrafficAsync(_envId, run.Service, split, $"DeployOrchestrator run {run.Id}: {target} {percent} %", cancellationToken);
        LogTraffic(run.Id, run.Service, target, percent, other);
        return ShareOfNew(run, target, percent);
    }

    private static int ShareOfNew(RunState run, string target, int percent) => target == run.NewVersion ? percent : 100 - percent;

    private async Task OperateIfRunningAsync(RunState run, ReleaseOperation operation, string remark, CancellationToken cancellationToken)
    {
        if (run.ReleaseTaskId is not { } taskId)
        {
            return;
        }

        var task = await _cloudRun.GetTaskAsync(_envId, run.Service, taskId, cancellationToken);
        if (task is not null && ReleaseTask.IsRunning(task))
        {
            await _cloudRun.OperateReleaseAsync(_envId, run.Service, taskId, operation, remark, cancellationToken);
            LogOperated(run.Id, run.Service, taskId, operation);
        }
    }

    private async Task<IReadOnlyList<VersionTraffic>> VersionsAsync(string service, CancellationToken cancellationToken)
    {
        var detail = await _cloudRun.DescribeServiceAsync(_envId, service, cancellationToken);
        return (detail.OnlineVersionInfos ?? [])
            .Where(v => v.VersionName is not null)
            .Select(v => new VersionTraffic(v.VersionName!, ParsePercent(v.FlowRatio), v.ImageUrl))
            .ToArray();
    }

    private static int ParsePercent(string? ratio) =>
        double.TryParse(ratio, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? (int)Math.Round(value) : 0;
}
