namespace Functions.TencentCloud.Monitor;

/// <summary>
/// CloudBase Run metrics and where they come from: resource metrics from Cloud Monitor's <c>QCE/TCB_DOCKER</c>
/// (per version, dimensions envid/serviceid/versionid), request metrics from tcb's <c>DescribeCurveData</c>
/// (per service, by name), since TCB_DOCKER has no request, latency or error series.
/// </summary>
public static class CloudRunMetric
{
    /// <summary>Cloud Monitor's namespace for CloudBase Run.</summary>
    public const string Namespace = "QCE/TCB_DOCKER";

    /// <summary>CPU used by a version's instances, in cores (the doc prints "MB").</summary>
    public const string VersionCpuUsed = "VersionCpuUsed";

    /// <summary>A version's CPU spec, in cores.</summary>
    public const string VersionResourceCpu = "VersionResourceCpu";

    /// <summary>Memory used by a version without page cache, MB.</summary>
    public const string VersionMemUsedNoCache = "VersionMemUsedNoCache";

    /// <summary>A version's memory spec, MB.</summary>
    public const string VersionResourceMem = "VersionResourceMem";

    /// <summary>A version's running pods.</summary>
    public const string VersionPodNum = "VersionPodNum";

    /// <summary>Requests per second (tcb DescribeCurveData).</summary>
    public const string Qps = "TkeQPSService";

    /// <summary>Response time, ms (tcb DescribeCurveData).</summary>
    public const string ResponseTime = "TkeRspTimeService";

    /// <summary>Error responses (tcb DescribeCurveData; 4xx and 5xx together).</summary>
    public const string HttpErrors = "TkeHttpErrorService";

    /// <summary>Calls (tcb DescribeCurveData).</summary>
    public const string Invocations = "TkeInvokeNumService";

    /// <summary>The dimensions of one version in <see cref="Namespace"/>.</summary>
    /// <param name="envId">The environment.</param>
    /// <param name="serviceId">The service's number (TCB_DOCKER's serviceid, not its name).</param>
    /// <param name="versionId">The version.</param>
    /// <returns>The instance.</returns>
    public static MonitorInstance Version(string envId, string serviceId, string versionId) =>
        new([new Dimension("envid", envId), new Dimension("serviceid", serviceId), new Dimension("versionid", versionId)]);
}
