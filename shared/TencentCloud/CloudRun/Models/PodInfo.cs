namespace Functions.TencentCloud.CloudRun.Models;

/// <summary>One running instance (pod) of a service.</summary>
/// <param name="PodId">The pod.</param>
/// <param name="Status">Its status.</param>
/// <param name="CreateTime">When it started.</param>
public sealed record PodInfo(string? PodId, string? Status, string? CreateTime);
