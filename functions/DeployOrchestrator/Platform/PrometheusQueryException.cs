namespace Functions.DeployOrchestrator.Platform;

/// <summary>A query could not be answered: Prometheus unreachable, too slow, refusing it, or answering something else.</summary>
/// <param name="message">What failed, naming the server.</param>
/// <param name="innerException">The underlying failure.</param>
internal sealed class PrometheusQueryException(string message, Exception? innerException = null) : Exception(message, innerException);
