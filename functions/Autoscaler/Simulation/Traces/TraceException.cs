namespace Functions.Autoscaler.Simulation.Traces;

/// <summary>A trace that cannot be simulated; the message names the line or index and what is wrong.</summary>
/// <param name="message">Where and what, e.g. "line 14: load '-3' is negative".</param>
internal sealed class TraceException(string message) : Exception(message);
