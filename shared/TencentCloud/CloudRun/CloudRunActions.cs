using Functions.TencentCloud.Api;
using Functions.TencentCloud.CloudRun.Actions;
using Functions.TencentCloud.Serialization;

namespace Functions.TencentCloud.CloudRun;

/// <summary>The tcbr actions the clients use, with their idempotency.</summary>
internal static class CloudRunActions
{
    private static TencentCloudJsonContext Json => TencentCloudJsonContext.Default;

    public static readonly ApiAction<DescribeCloudRunServersRequest, DescribeCloudRunServersResponse> DescribeServers =
        new(ApiService.Tcbr, "DescribeCloudRunServers", Json.DescribeCloudRunServersRequest, Json.DescribeCloudRunServersResponse, Idempotent: true);

    public static readonly ApiAction<DescribeCloudRunServerDetailRequest, DescribeCloudRunServerDetailResponse> DescribeServerDetail =
        new(ApiService.Tcbr, "DescribeCloudRunServerDetail", Json.DescribeCloudRunServerDetailRequest, Json.DescribeCloudRunServerDetailResponse, Idempotent: true);

    public static readonly ApiAction<DescribeCloudRunPodListRequest, DescribeCloudRunPodListResponse> DescribePods =
        new(ApiService.Tcbr, "DescribeCloudRunPodList", Json.DescribeCloudRunPodListRequest, Json.DescribeCloudRunPodListResponse, Idempotent: true);

    public static readonly ApiAction<DescribeReleaseOrderRequest, DescribeReleaseOrderResponse> DescribeReleaseOrder =
        new(ApiService.Tcbr, "DescribeReleaseOrder", Json.DescribeReleaseOrderRequest, Json.DescribeReleaseOrderResponse, Idempotent: true);

    public static readonly ApiAction<DescribeServerManageTaskRequest, DescribeServerManageTaskResponse> DescribeTask =
        new(ApiService.Tcbr, "DescribeServerManageTask", Json.DescribeServerManageTaskRequest, Json.DescribeServerManageTaskResponse, Idempotent: true);

    // Deploying twice makes two versions: never repeated after the request may have arrived.
    public static readonly ApiAction<UpdateCloudRunServerRequest, UpdateCloudRunServerResponse> UpdateServer =
        new(ApiService.Tcbr, "UpdateCloudRunServer", Json.UpdateCloudRunServerRequest, Json.UpdateCloudRunServerResponse, Idempotent: false);

    // Absolute values: applying the same change twice leaves the same configuration.
    public static readonly ApiAction<SubmitServerConfigChangeDiffRequest, SubmitServerConfigChangeDiffResponse> ChangeConfig =
        new(ApiService.Tcbr, "SubmitServerConfigChangeDiff", Json.SubmitServerConfigChangeDiffRequest, Json.SubmitServerConfigChangeDiffResponse, Idempotent: true);

    // An absolute split: setting it twice is setting it once.
    public static readonly ApiAction<ReleaseGrayRequest, ReleaseGrayResponse> ReleaseGray =
        new(ApiService.Tcbr, "ReleaseGray", Json.ReleaseGrayRequest, Json.ReleaseGrayResponse, Idempotent: true);

    public static readonly ApiAction<OperateServerManageRequest, OperateServerManageResponse> OperateTask =
        new(ApiService.Tcbr, "OperateServerManage", Json.OperateServerManageRequest, Json.OperateServerManageResponse, Idempotent: false);
}
