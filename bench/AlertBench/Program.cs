using Functions.AlertBench;
using Functions.HostBench;

// Usage: bench/run.sh alerts [--distinct N] [--repeats N] [--connections N]
var distinct = Args.Int(args, "--distinct", 1_000);
var repeats = Args.Int(args, "--repeats", 10);
var connections = Args.Int(args, "--connections", 32);
var root = Args.RepoRoot();
var storm = Storm.Create(distinct, repeats, seed: 20261127);
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(20));

Console.WriteLine($"# AlertHandler alarm storm ({TimeProvider.System.GetUtcNow():yyyy-MM-dd}, {Environment.ProcessorCount} cores)");
Console.WriteLine();
var ours = await AlertHandlerSide.RunAsync(root, storm, connections, cancel.Token);
var baseline = await AlertmanagerSide.RunAsync(storm, connections, cancel.Token);
Report.Print(storm, connections, ours, baseline);
return 0;
