using Functions.TencentCloud.Api;
using Functions.TencentCloud.Serialization;

namespace Functions.TencentCloud.Monitor;

/// <summary>The metric-reading actions (all read-only).</summary>
internal static class MonitorActions
{
    public static readonly ApiAction<GetMonitorDataRequest, GetMonitorDataResponse> GetMonitorData =
        new(ApiService.Monitor, "GetMonitorData", TencentCloudJsonContext.Default.GetMonitorDataRequest, TencentCloudJsonContext.Default.GetMonitorDataResponse, Idempotent: true);

    public static readonly ApiAction<DescribeCurveDataRequest, DescribeCurveDataResponse> DescribeCurveData =
        new(ApiService.Tcb, "DescribeCurveData", TencentCloudJsonContext.Default.DescribeCurveDataRequest, TencentCloudJsonContext.Default.DescribeCurveDataResponse, Idempotent: true);
}
