using System.Text.Json.Serialization;
using Functions.TencentCloud.CloudRun.Actions;
using Functions.TencentCloud.Monitor;
using Functions.TencentCloud.Scf;
using Functions.TencentCloud.Ssm;

namespace Functions.TencentCloud.Serialization;

/// <summary>Source-generated JSON for every API request and response: names as the API spells them (PascalCase),
/// nulls left out so optional fields are not sent.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DescribeCloudRunServersRequest))]
[JsonSerializable(typeof(DescribeCloudRunServersResponse))]
[JsonSerializable(typeof(DescribeCloudRunServerDetailRequest))]
[JsonSerializable(typeof(DescribeCloudRunServerDetailResponse))]
[JsonSerializable(typeof(DescribeCloudRunPodListRequest))]
[JsonSerializable(typeof(DescribeCloudRunPodListResponse))]
[JsonSerializable(typeof(DescribeReleaseOrderRequest))]
[JsonSerializable(typeof(DescribeReleaseOrderResponse))]
[JsonSerializable(typeof(UpdateCloudRunServerRequest))]
[JsonSerializable(typeof(UpdateCloudRunServerResponse))]
[JsonSerializable(typeof(SubmitServerConfigChangeDiffRequest))]
[JsonSerializable(typeof(SubmitServerConfigChangeDiffResponse))]
[JsonSerializable(typeof(ReleaseGrayRequest))]
[JsonSerializable(typeof(ReleaseGrayResponse))]
[JsonSerializable(typeof(OperateServerManageRequest))]
[JsonSerializable(typeof(OperateServerManageResponse))]
[JsonSerializable(typeof(DescribeServerManageTaskRequest))]
[JsonSerializable(typeof(DescribeServerManageTaskResponse))]
[JsonSerializable(typeof(GetMonitorDataRequest))]
[JsonSerializable(typeof(GetMonitorDataResponse))]
[JsonSerializable(typeof(DescribeCurveDataRequest))]
[JsonSerializable(typeof(DescribeCurveDataResponse))]
[JsonSerializable(typeof(InvokeRequest))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(GetSecretValueRequest))]
[JsonSerializable(typeof(GetSecretValueResponse))]
[JsonSerializable(typeof(ListSecretVersionIdsRequest))]
[JsonSerializable(typeof(ListSecretVersionIdsResponse))]
internal sealed partial class TencentCloudJsonContext : JsonSerializerContext;
