namespace Functions.Autoscaler.Simulation.Plot;

/// <summary>One column of a plot: the worst of what happened in it, so a short spike or breach is never averaged away.</summary>
/// <param name="PeakLoad">The highest load in it, requests per second.</param>
/// <param name="LowestCapacity">The lowest ready capacity in it, requests per second.</param>
/// <param name="MostRunning">The most instances running in it.</param>
/// <param name="BreachSeconds">Seconds of it in which the load was above the ready capacity.</param>
internal readonly record struct PlotBucket(double PeakLoad, double LowestCapacity, int MostRunning, double BreachSeconds);
