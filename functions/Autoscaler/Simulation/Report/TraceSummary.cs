namespace Functions.Autoscaler.Simulation.Report;

/// <summary>What was replayed.</summary>
/// <param name="Source">The trace's path, or "inline".</param>
/// <param name="Points">Its points.</param>
/// <param name="Start">Its first point.</param>
/// <param name="End">When its last point's load ends (the last point plus one median step).</param>
/// <param name="StepSeconds">The median step between points.</param>
/// <param name="PeakLoad">The highest load, requests per second.</param>
/// <param name="MeanLoad">The time-weighted mean load, requests per second.</param>
/// <param name="Evaluations">Evaluations per policy.</param>
internal sealed record TraceSummary(
    string Source, int Points, DateTimeOffset Start, DateTimeOffset End, double StepSeconds, double PeakLoad, double MeanLoad, int Evaluations);
