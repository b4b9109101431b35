namespace Functions.TencentCloud.Monitor;

/// <summary>DescribeCurveData request: a CloudBase curve (tcb 2018-06-08): the only source of CloudBase Run request, latency and error metrics.</summary>
public sealed record DescribeCurveDataRequest
{
    /// <summary>The environment.</summary>
    public required string EnvId { get; init; }

    /// <summary>E.g. TkeQPSService, TkeRspTimeService, TkeHttpErrorService.</summary>
    public required string MetricName { get; init; }

    /// <summary>yyyy-MM-dd HH:mm:ss.</summary>
    public required string StartTime { get; init; }

    /// <summary>yyyy-MM-dd HH:mm:ss, at least 5 minutes after the start.</summary>
    public required string EndTime { get; init; }

    /// <summary>The CloudBase Run service name.</summary>
    public required string ResourceID { get; init; }

    /// <summary>The version, for per-version data.</summary>
    public string? SubresourceID { get; init; }

    /// <summary>300, 3600 or 86400.</summary>
    public long? Period { get; init; }
}

/// <summary>DescribeCurveData response.</summary>
public sealed record DescribeCurveDataResponse
{
    /// <summary>Start, rounded to the period.</summary>
    public string? StartTime { get; init; }

    /// <summary>End.</summary>
    public string? EndTime { get; init; }

    /// <summary>The metric.</summary>
    public string? MetricName { get; init; }

    /// <summary>Seconds per point.</summary>
    public long Period { get; init; }

    /// <summary>Integer values.</summary>
    public IReadOnlyList<long>? Values { get; init; }

    /// <summary>Values with fractions.</summary>
    public IReadOnlyList<double>? NewValues { get; init; }

    /// <summary>UNIX seconds aligned with the values.</summary>
    public IReadOnlyList<long>? Time { get; init; }

    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
}
