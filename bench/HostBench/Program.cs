using Functions.HostBench;

// Usage: bench/run.sh host [--cold N] [--warm N]
var cold = Args.Int(args, "--cold", 30);
var warm = Args.Int(args, "--warm", 10_000);
var root = Args.RepoRoot();

Console.WriteLine($"# Host benchmarks ({TimeProvider.System.GetUtcNow():yyyy-MM-dd}, {Environment.ProcessorCount} cores)");
await ColdStart.RunAsync(root, cold);
await WarmOverhead.RunAsync(root, warm);
return 0;
