using System.Net;

namespace Functions.Autoscaler.Metrics.Prometheus;

/// <summary>What Prometheus answered to one query: the HTTP status, and the envelope when the body was one.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The parsed envelope, or null when the body was not Prometheus JSON.</param>
internal sealed record PrometheusAnswer(HttpStatusCode Status, PrometheusResponse? Body);
