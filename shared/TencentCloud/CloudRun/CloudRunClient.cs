using System.Globalization;
using Functions.TencentCloud.Api;
using Functions.TencentCloud.CloudRun.Actions;
using Functions.TencentCloud.CloudRun.Models;

namespace Functions.TencentCloud.CloudRun;

/// <summary>CloudBase Run (tcbr 2022-02-17): services, versions, traffic, scaling and release tasks.</summary>
/// <param name="api">The API client.</param>
public sealed class CloudRunClient(TencentCloudApiClient api)
{
    private const int PageSize = 30;

    /// <summary>Every service of an environment, following pages.</summary>
    /// <param name="envId">The environment.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The services.</returns>
    public async Task<IReadOnlyList<ServerBaseInfo>> ListServicesAsync(string envId, CancellationToken cancellationToken)
    {
        var services = new List<ServerBaseInfo>();
        for (var page = 1; ; page++)
        {
            var response = await api.CallAsync(CloudRunActions.DescribeServers, new DescribeCloudRunServersRequest { EnvId = envId, PageSize = PageSize, PageNum = page }, cancellationToken);
            var batch = response.ServerList ?? [];
            services.AddRange(batch);
            if (batch.Count < PageSize || services.Count >= response.Total)
            {
                return services;
            }
        }
    }

    /// <summary>A service's configuration and the versions serving traffic.</summary>
    /// <param name="envId">The environment.</param>
    /// <param name="serverName">The service.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The detail.</returns>
    public Task<DescribeCloudRunServerDetailResponse> DescribeServiceAsync(string envId, string serverName, CancellationToken cancellationToken) =>
        api.CallAsync(CloudRunActions.DescribeServerDetail, new DescribeCloudRunServerDetailRequest { EnvId = envId, ServerName = serverName }, cancellationToken);

    /// <summary>A service's versions and traffic, scaling settings and running instance count.</summary>
    /// <param name="envId">The environment.</param>
    /// <param name="serverName">The service.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The status.</returns>
    public async Task<CloudRunServiceStatus> GetStatusAsync(string envId, string serverName, CancellationToken cancellationToken)
    {
        var detail = await DescribeServiceAsync(envId, serverName, cancellationToken);
        var pods = await api.CallAsync(CloudRunActions.DescribePods, new DescribeCloudRunPodListRequest { EnvId = envId, ServerName = serverName, PageSize = 1 }, cancellationToken);
        var config = detail.ServerConfig;
        var versions = (detail.OnlineVersionInfos ?? [])
            .Where(v => v.VersionName is not null)
            .Select(v => new VersionTraffic(v.VersionName!, ParsePercent(v.FlowRatio), v.ImageUrl))
            .ToArray();
        return new CloudRunServiceStatus(
            serverName, detail.BaseInfo?.Status, versions, config?.MinNum, config?.MaxNum, config?.PolicyDetails ?? [],
            config?.OperationMode, pods.TotalCount, config?.Cpu, config?.Mem);
    }

    /// <summary>Deploys a new version from an image.</summary>
    /// <param name="envId">The environment.</param>
    /// <param name="serverName">The service.</param>
    /// <param name="imageUrl">The image, <c>registry/namespace/repo:tag</c> (with <c>@sha256:…</c> to pin it).</param>
    /// <param name="gray">True to release it with no traffic (shifted later with <see cref="SetTrafficAsync"/>); false for all traffic at once.</param>
    /// <param name="remark">Shown in the console.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The release task's id.</returns>
    public async Task<long> DeployImageAsync(string envId, string serverName, string imageUrl, bool gray, string? remark, CancellationToken cancellationToken)
    {
        var deploy = new DeployParam { DeployType = "image", ImageUrl = imageUrl, ReleaseType = gray ? "GRAY" : "FULL", DeployRemark = remark };
        var response = await api.CallAsync(CloudRunActions.UpdateServer, new UpdateCloudRunServerRequest { EnvId = envId, ServerName = serverName, DeployInfo = deploy }, cancellationToken);
        return response.TaskId;
    }

    /// <summary>Sets each version's share of traffic (by percentage).</summary>
    /// <param name="envId">The environment.</param>
    /// <param name="serverName">The service.</param>
    /// <param name="split">Versions and shares; they must add up to 100.</param>
    /// <param name="remark">Why, for the console.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the split is accepted.</returns>
    /// <exception cref="ArgumentException">The shares do not add up to 100 or are out of range.</exception>
    public async Task SetTrafficAsync(string envId, string serverName, IReadOnlyList<VersionTraffic> split, string? remark, CancellationToken cancellationToken)
    {
        if (split.Count == 0 || split.Any(v => v.Percent is < 0 or > 100) || split.Sum(v => v.Percent) != 100)
        {
            throw new ArgumentException($"a traffic split must give each version 0–100 % and add up to 100; got {string.Join(", ", split.Select(v => $"{v.VersionName}={v.Percent}"))}", nameof(split));
        }

        var request = new ReleaseGrayRequest
        {
            EnvId = envId,
            ServerName = serverName,
            GrayType = "FLOW",
            TrafficType = "FLOW",
            VersionFlowItems = split.Select((v, i) => new VersionFlowInfo(v.VersionName, i == 0, v.Percent)).ToArray(),
            OperatorRemark = remark,
        };
        await api.CallAsync(CloudRunActions.ReleaseGray, request, cancellationToken);
    }

    /// <summary>Changes the platform's scaling settings; unset arguments are left as they are.</summary>
    /// <param name="envId">The environment.</param>
    /// <param name="serverName">The service.</param>
    /// <param name="change">What to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The task id to poll, or 0 when applied at once.</returns>
    public async Task<long> ChangeScalingAsync(string envId, string serverName, ScalingChange change, CancellationToken cancellationToken)
    {
        var items = change.ToItems();
        if (items.Count == 0 || change.MinInstances < 0 || change.MinInstances > change.MaxInstances)
        {
            throw new ArgumentException($"a scaling change must set at least one of min, max, policies or mode, with 0 ≤ min ≤ max; got {change}", nameof(change));
        }

        var response = await api.CallAsync(CloudRunActions.ChangeConfig, new SubmitServerConfigChangeDiffRequest { EnvId = envId, ServerName = serverName, Items = items }, cancellationToken);
        return response.TaskId;
    }

    /// <summary>Polls a release task.</summary>
    /// <param name="envId">The environment.</param>
    /// <param name="serverName">The service.</param>
    /// <param name="taskId">The task (0 for the current one).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The task, or null when it does not exist.</returns>
    public async Task<ServerManageTaskInfo?> GetTaskAsync(string envId, string serverName, long taskId, CancellationToken cancellationToken)
    {
        var response = await api.CallAsync(CloudRunActions.DescribeTask, new DescribeServerManageTaskRequest { EnvId = envId, ServerName = serverName, TaskId = taskId }, cancellationToken);
        return response.IsExist ? response.Task : null;
    }

    /// <summary>Cancels, rolls back or finishes a release task.</summary>
    /// <param name="envId">The environment.</param>
    /// <param name="serverName">The service.</param>
    /// <param name="taskId">The task.</param>
    /// <param name="operation">What to do.</param>
    /// <param name="remark">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when accepted.</returns>
    public async Task OperateReleaseAsync(string envId, string serverName, long taskId, ReleaseOperation operation, string? remark, CancellationToken cancellationToken)
    {
        var type = operation switch
        {
            ReleaseOperation.Cancel => "cancel",
            ReleaseOperation.GoBack => "go_back",
            _ => "done",
        };
        await api.CallAsync(CloudRunActions.OperateTask, new OperateServerManageRequest { EnvId = envId, ServerName = serverName, TaskId = taskId, OperateType = type, OperatorRemark = remark }, cancellationToken);
    }

    /// <summary>The release in progress, with replica counts; null when none.</summary>
    /// <param name="envId">The environment.</param>
    /// <param name="serverName">The service.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The release order or null.</returns>
    public async Task<ReleaseOrderInfo?> GetReleaseOrderAsync(string envId, string serverName, CancellationToken cancellationToken)
    {
        var response = await api.CallAsync(CloudRunActions.DescribeReleaseOrder, new DescribeReleaseOrderRequest { EnvId = envId, ServerName = serverName }, cancellationToken);
        return response.IsExist ? response.ReleaseOrderInfo : null;
    }

    private static int ParsePercent(string? ratio) =>
        double.TryParse(ratio, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? (int)Math.Round(value) : 0;
}
