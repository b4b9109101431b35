using Functions.Scf.Configuration;

namespace Functions.Autoscaler.Metrics.Configuration;

/// <summary>Every variable the metrics sources read, for <c>--help</c> and the README.</summary>
internal static class MetricsVariables
{
    public static readonly IReadOnlyList<ConfigVariable> All =
    [
        new("AUTOSCALER_METRICS_SOURCE",
            "Where each metric is read: cloudmonitor, prometheus, or comma-separated metric=source pairs where *=source sets the rest " +
            "(Cloud Monitor when absent), e.g. requests=prometheus.", "cloudmonitor"),
        new("AUTOSCALER_METRICS_WINDOW_SECONDS",
            "Look-back window: a metric whose newest complete sample ended longer ago is missing (the 5-minute request curves get at least 600 s).", "180"),
        new("AUTOSCALER_MONITOR_SERVICE_ID",
            "The serviceid dimension of the service in Cloud Monitor's QCE/TCB_DOCKER, when it is not the service's name.", "TCB_SERVICE_NAME"),
        new("AUTOSCALER_PROMETHEUS_URL", "Prometheus base URL, http(s)://host:9090/ or a managed service's URL with its path; required when a metric is routed to prometheus."),
        new("AUTOSCALER_PROMETHEUS_QUERIES",
            "One PromQL instant query per metric: a JSON object such as {\"requests\":\"sum(rate(http_requests_total[2m]))\"}, or name=query lines. " +
            "Each must give one number: a scalar or a single series."),
        new("AUTOSCALER_PROMETHEUS_BEARER_TOKEN", "Bearer token for Prometheus.", Sensitivity: Sensitivity.Secret),
        new("AUTOSCALER_PROMETHEUS_USERNAME", "Basic-auth user for Prometheus (with AUTOSCALER_PROMETHEUS_PASSWORD)."),
        new("AUTOSCALER_PROMETHEUS_PASSWORD", "Basic-auth password for Prometheus.", Sensitivity: Sensitivity.Secret),
        new("AUTOSCALER_PROMETHEUS_TIMEOUT_MS", "Longest wait for one Prometheus answer; a query gets three such waits across its retries.", "5000"),
    ];
}
