namespace Functions.Autoscaler.Simulation.Traces;

/// <summary>How a trace is written.</summary>
internal enum TraceFormat
{
    /// <summary>A <c>timestamp,load</c> header, then one point a line.</summary>
    Csv,

    /// <summary>An array of <c>{"t":…,"load":…}</c> or <c>{"timestamp":…,"load":…}</c> objects.</summary>
    Json,
}
