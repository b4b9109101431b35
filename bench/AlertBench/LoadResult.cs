namespace Functions.AlertBench;

/// <summary>What one storm against one side measured.</summary>
/// <param name="LatenciesMs">Each request's latency, in firing order.</param>
/// <param name="Seconds">Wall time from the first request to the last answer.</param>
/// <param name="Failures">Requests whose answer was not the expected one.</param>
/// <param name="FirstFailures">The first few failures, as status and body.</param>
internal sealed record LoadResult(double[] LatenciesMs, double Seconds, int Failures, IReadOnlyList<string> FirstFailures)
{
    public double Throughput => LatenciesMs.Length / Seconds;
}
