namespace Functions.Autoscaler.Metrics;

/// <summary>A metrics source could not be reached at all, so none of its metrics has a value.</summary>
/// <param name="message">What failed, naming the source and where it is.</param>
/// <param name="innerException">The underlying failure.</param>
internal sealed class MetricsSourceException(string message, Exception? innerException = null) : Exception(message, innerException);
