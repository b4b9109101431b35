namespace Functions.TencentCloud.CloudRun;

/// <summary>A version's share of traffic.</summary>
/// <param name="VersionName">The version.</param>
/// <param name="Percent">Its share, 0–100.</param>
/// <param name="ImageUrl">Its image.</param>
public sealed record VersionTraffic(string VersionName, int Percent, string? ImageUrl = null);
