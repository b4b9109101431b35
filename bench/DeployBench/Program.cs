using Functions.DeployBench;
using Functions.HostBench;
using Functions.TestSupport;
using Functions.TestSupport.CloudApi;

// Usage: bench/run.sh deploy [--runs N] [--warmup N]
var runs = Args.Int(args, "--runs", 30);
var warmup = Args.Int(args, "--warmup", 2);
var root = Args.RepoRoot();
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(20));
var credentials = new Credentials("AKIDdeployBench00000001", "deploy-bench-secret-key", "ap-beijing");

await using var cloud = await TencentCloudApiEmulator.StartAsync();
cloud.AddKey(credentials.SecretId, credentials.SecretKey);
cloud.CloudRun.GrayReleasesStayOpen = true;
await using var app = await AppEndpoints.StartAsync();
await using var databases = new ScratchDatabases();
var databaseUrl = await databases.CreateAsync("deploybench", cancel.Token);
var total = warmup + runs;
for (var i = 0; i < total; i++)
{
    cloud.CloudRun.AddService(Canary.EnvId, Canary.Service(i), Canary.StableImage);
    cloud.CloudRun.AddService(Canary.EnvId, ScriptSide.Service(i), Canary.StableImage);
}

Console.WriteLine($"# DeployOrchestrator zero-wait canary ({TimeProvider.System.GetUtcNow():yyyy-MM-dd}, {Environment.ProcessorCount} cores)");
Console.WriteLine();
await using var ours = await OrchestratorSide.StartAsync(root, cloud, credentials, app, databaseUrl, total, cancel.Token);
using var script = new ScriptSide(cloud.Endpoint, credentials, app.BaseUrl);

// Alternated run by run (which side goes first alternates too); the first runs of each side warm connection pools.
var ourRuns = new List<RunTimings>();
var scriptRuns = new List<RunTimings>();
var committed = new List<long>();
for (var i = 0; i < total; i++)
{
    RunTimings o, s;
    if (i % 2 == 0)
    {
        o = await ours.RunAsync(i, cancel.Token);
        s = await script.RunAsync(i, cancel.Token);
    }
    else
    {
        s = await script.RunAsync(i, cancel.Token);
        o = await ours.RunAsync(i, cancel.Token);
    }

    var scriptVersion = cloud.CloudRun.Get(Canary.EnvId, ScriptSide.Service(i)).Versions.FirstOrDefault(v => v.Image == Canary.Image(i));
    if (scriptVersion?.Percent != 100)
    {
        s = s with { Problems = [.. s.Problems, $"the new version has {scriptVersion?.Percent} % on the platform, not 100 %"] };
    }

    if (i >= warmup)
    {
        ourRuns.Add(o);
        scriptRuns.Add(s);
        committed.Add(await ours.CommittedAsync(i, cancel.Token));
    }
}

var rss = ours.PeakRssMb();
Report.Print(ourRuns, scriptRuns, committed, rss, ours.Lines, cloud.Calls);
return 0;
