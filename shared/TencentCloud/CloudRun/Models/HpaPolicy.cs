namespace Functions.TencentCloud.CloudRun.Models;

/// <summary>The platform scaler's rule: scale on <see cref="PolicyType"/> (<c>cpu</c> or <c>mem</c> in practice) above a threshold.</summary>
/// <param name="PolicyType">The metric; Tencent documents no value list, console and CLI use <c>cpu</c> and <c>mem</c>.</param>
/// <param name="PolicyThreshold">The threshold in percent.</param>
public sealed record HpaPolicy(string PolicyType, long PolicyThreshold);
