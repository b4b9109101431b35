using Functions.AutoscalerBench;
using Functions.HostBench;

// Usage (see bench/README.md):
//   AutoscalerBench [--rounds 7] [--ops 20000]     Decide latency, then simulate on samples/traces/week.csv: ours vs the baselines
//   AutoscalerBench --generate                     rewrite samples/traces/ from the fixed seeds
var root = Args.RepoRoot();
if (args.Contains("--generate"))
{
    TraceGenerator.Write(Path.Combine(root, "samples", "traces"));
    return 0;
}

var rounds = Args.Int(args, "--rounds", 7);
var ops = Args.Int(args, "--ops", 20_000);
Console.WriteLine($"# Autoscaler benchmarks ({TimeProvider.System.GetUtcNow():yyyy-MM-dd}, {Environment.ProcessorCount} cores, " +
    $"{(File.Exists(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "System.Private.CoreLib.dll")) ? "JIT" : "NativeAOT")})");
DecideBenchmark.Run(rounds, ops);
var goalsMet = await SimulationBenchmark.RunAsync(root, rounds);
Console.WriteLine();
Console.WriteLine($"Peak RSS of the benchmark process: {Stats.Ms(Stats.PeakRssMb(Environment.ProcessId))} MB");

// The goals are reported, not enforced: a miss is a finding for the policy's owner, not a failed benchmark.
Console.WriteLine(goalsMet ? "All goals met." : "Some goals are not met (see above).");
return 0;
