namespace Functions.TencentCloud.Monitor;

/// <summary>One monitored object, named by its dimensions.</summary>
/// <param name="Dimensions">The dimensions, e.g. envid, serviceid, versionid.</param>
public sealed record MonitorInstance(IReadOnlyList<Dimension> Dimensions);
