using Functions.Autoscaler.Policy;
using Functions.Autoscaler.Simulation.Plot;
using Functions.Autoscaler.Simulation.Report;
using Functions.Autoscaler.Simulation.Traces;
using Functions.Scf.Errors;
using Functions.Scf.Events;
using Functions.Scf.Hosting;
using Functions.Scf.Serialization;

namespace Functions.Autoscaler.Simulation;

/// <summary>
/// The <c>simulate</c> command: replays a load trace through our policy and two baselines on a virtual clock and
/// reports their totals side by side, optionally with every evaluation and an SVG plot. Nothing outside the
/// process is read or changed except the trace file and the plot file; a bad argument or trace changes nothing.
/// </summary>
internal static class SimulateCommand
{
    // The host's options: camelCase, nulls omitted, and non-ASCII (→, −, Chinese) left readable.
    private static readonly SimulationJsonContext Json = new(ScfJson.CreateOptions());

    /// <summary>Runs the command with <see cref="ScalingPolicy.Default"/> as our policy.</summary>
    /// <param name="command">The command event.</param>
    /// <param name="time">Measures the simulation's wall time (the system clock when null).</param>
    /// <param name="cancellationToken">The invocation's deadline.</param>
    /// <returns>The report.</returns>
    public static Task<InvocationResult> RunAsync(CommandEvent command, TimeProvider? time, CancellationToken cancellationToken) =>
        RunAsync(command, ScalingPolicy.Default, time, cancellationToken);

    /// <summary>Runs the command with <paramref name="ours"/> as our policy.</summary>
    /// <param name="command">The command event.</param>
    /// <param name="ours">Our policy; the command's bounds replace its own.</param>
    /// <param name="time">Measures the simulation's wall time (the system clock when null).</param>
    /// <param name="cancellationToken">The invocation's deadline.</param>
    /// <returns>The report.</returns>
    public static async Task<InvocationResult> RunAsync(CommandEvent command, ScalingPolicy ours, TimeProvider? time, CancellationToken cancellationToken)
    {
        var report = await ReportAsync(command, ours, time ?? TimeProvider.System, cancellationToken);
        return InvocationResult.From(report, Json.SimulationReport);
    }

    /// <summary>Runs the command and returns the report itself (for tests and the benchmark).</summary>
    /// <param name="command">The command event.</param>
    /// <param name="ours">Our policy.</param>
    /// <param name="time">Measures the wall time.</param>
    /// <param name="cancellationToken">The deadline.</param>
    /// <returns>The report.</returns>
    public static async Task<SimulationReport> ReportAsync(CommandEvent command, ScalingPolicy ours, TimeProvider time, CancellationToken cancellationToken)
    {
        var request = SimulateArguments.Read(command, ours);
        LoadTrace trace;
        try
        {
            trace = await request.Trace.LoadAsync(request.Limits, cancellationToken);
        }
        catch (TraceException e)
        {
            throw command.Arguments.Fail($"field 'trace' ({request.Trace.Source}): {e.Message}");
        }

        var started = time.GetTimestamp();
        var runs = PolicyComparison.Run(trace, request.Settings, request.Contenders, request.Ticks, cancellationToken);
        var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
        if (request.Plot is { } plot)
        {
            try
            {
                await File.WriteAllTextAsync(plot, SvgPlot.Render(trace, request.Settings, runs), cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InvalidArgumentsException($"command 'simulate' field 'plot': cannot write '{plot}': {e.Message}.");
            }
        }

        return SimulationReport.From(trace, request.Settings, runs, request.Plot, elapsed);
    }
}
