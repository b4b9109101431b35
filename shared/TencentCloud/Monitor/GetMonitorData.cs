namespace Functions.TencentCloud.Monitor;

/// <summary>GetMonitorData request: one metric's series for up to 10 instances (Cloud Monitor 2018-07-24).</summary>
public sealed record GetMonitorDataRequest
{
    /// <summary>The namespace, e.g. QCE/TCB_DOCKER.</summary>
    public required string Namespace { get; init; }

    /// <summary>The metric.</summary>
    public required string MetricName { get; init; }

    /// <summary>Up to 10 instances, each a set of dimensions.</summary>
    public required IReadOnlyList<MonitorInstance> Instances { get; init; }

    /// <summary>Seconds per point (60, 300, 3600, 86400).</summary>
    public long? Period { get; init; }

    /// <summary>ISO-8601 with offset.</summary>
    public string? StartTime { get; init; }

    /// <summary>ISO-8601 with offset (default now).</summary>
    public string? EndTime { get; init; }

    /// <summary>Bitmask: 1 avg, 2 max, 4 min.</summary>
    public long? SpecifyStatistics { get; init; }
}

/// <summary>GetMonitorData response.</summary>
public sealed record GetMonitorDataResponse
{
    /// <summary>Seconds per point.</summary>
    public long Period { get; init; }

    /// <summary>The metric.</summary>
    public string? MetricName { get; init; }

    /// <summary>One series per instance.</summary>
    public IReadOnlyList<DataPoint>? DataPoints { get; init; }

    /// <summary>Start.</summary>
    public string? StartTime { get; init; }

    /// <summary>End.</summary>
    public string? EndTime { get; init; }

    /// <summary>A message from the service.</summary>
    public string? Msg { get; init; }

    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
}
