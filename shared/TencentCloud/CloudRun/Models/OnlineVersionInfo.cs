namespace Functions.TencentCloud.CloudRun.Models;

/// <summary>A version serving traffic; the API gives its share as a string.</summary>
/// <param name="VersionName">The version.</param>
/// <param name="ImageUrl">Its image.</param>
/// <param name="FlowRatio">Its share of traffic in percent, as a string.</param>
public sealed record OnlineVersionInfo(string? VersionName, string? ImageUrl, string? FlowRatio);
