namespace Functions.Autoscaler.Metrics.Prometheus;

/// <summary>Prometheus could not be used at all for a query: unreachable, timing out, or refusing our credentials.</summary>
/// <param name="message">What failed.</param>
/// <param name="innerException">The underlying failure.</param>
internal sealed class PrometheusUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
