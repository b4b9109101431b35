namespace Functions.Autoscaler.Metrics.CloudMonitor;

/// <summary>How the Cloud Monitor source names the service in QCE/TCB_DOCKER.</summary>
/// <param name="ServiceId">
/// The <c>serviceid</c> dimension (<c>AUTOSCALER_MONITOR_SERVICE_ID</c>), or null to use the service's name; see
/// Metrics/README.md for why this is not derived from the CloudBase Run API.
/// </param>
internal sealed record CloudMonitorOptions(string? ServiceId = null)
{
    /// <summary>QCE/TCB_DOCKER's finest period.</summary>
    public static readonly TimeSpan MonitorPeriod = TimeSpan.FromMinutes(1);

    /// <summary>DescribeCurveData's finest period.</summary>
    public static readonly TimeSpan CurvePeriod = TimeSpan.FromMinutes(5);
}
