using System.Diagnostics;
using Functions.TestSupport;

namespace Functions.HostBench;

/// <summary>
/// Time from exec to <c>/runtime/init/ready</c> and to the first answered event, NativeAOT bootstrap vs the
/// same function as a JIT build, alternated run by run so machine noise hits both alike.
/// </summary>
internal static class ColdStart
{
    public static async Task RunAsync(string root, int iterations)
    {
        var aot = Path.Combine(root, "artifacts/publish/Autoscaler/release_linux-x64/bootstrap");
        var jit = Path.Combine(root, "artifacts/bin/Autoscaler/release/bootstrap");
        foreach (var binary in new[] { aot, jit })
        {
            if (!File.Exists(binary))
            {
                throw new FileNotFoundException($"{binary} is missing: run bench/run.sh, which builds both.");
            }
        }

        var results = new Dictionary<string, (List<double> Ready, List<double> First, List<double> Rss, List<double> Serve)>
        {
            ["aot"] = ([], [], [], []),
            ["jit"] = ([], [], [], []),
        };

        // One warm-up each: the first exec of a binary pays for page cache misses.
        await MeasureAsync(aot);
        await MeasureAsync(jit);
        for (var i = 0; i < iterations; i++)
        {
            foreach (var (name, binary) in new[] { ("aot", aot), ("jit", jit) })
            {
                var (ready, first, rss) = await MeasureAsync(binary);
                results[name].Ready.Add(ready);
                results[name].First.Add(first);
                results[name].Rss.Add(rss);
                results[name].Serve.Add(await MeasureServeAsync(binary));
            }
        }

        var a = results["aot"];
        var j = results["jit"];
        Console.WriteLine();
        Console.WriteLine($"## Cold start: Autoscaler bootstrap, {iterations} alternated runs each");
        Console.WriteLine("| build | exec→init/ready median (p90) ms | exec→first response median (p90) ms | peak RSS MB |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| NativeAOT | {Stats.Ms(Stats.Median(a.Ready))} ({Stats.Ms(Stats.Percentile(a.Ready, 0.9))}) | {Stats.Ms(Stats.Median(a.First))} ({Stats.Ms(Stats.Percentile(a.First, 0.9))}) | {Stats.Ms(Stats.Median(a.Rss))} |");
        Console.WriteLine($"| JIT | {Stats.Ms(Stats.Median(j.Ready))} ({Stats.Ms(Stats.Percentile(j.Ready, 0.9))}) | {Stats.Ms(Stats.Median(j.First))} ({Stats.Ms(Stats.Percentile(j.First, 0.9))}) | {Stats.Ms(Stats.Median(j.Rss))} |");
        Console.WriteLine($"Ratio JIT/AOT (medians): init/ready {Stats.Median(j.Ready) / Stats.Median(a.Ready):F1}x, first response {Stats.Median(j.First) / Stats.Median(a.First):F1}x");
        Console.WriteLine($"Image function (serve): exec→first answered POST /event-invoke median NativeAOT {Stats.Ms(Stats.Median(a.Serve))} ms, " +
            $"JIT {Stats.Ms(Stats.Median(j.Serve))} ms ({Stats.Median(j.Serve) / Stats.Median(a.Serve):F1}x); SCF allows 30 s");
    }

    // Image-function mode: exec until the server answers its first event (polling the port as SCF's proxy would).
    private static async Task<double> MeasureServeAsync(string binary)
    {
        var port = FreePort();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var clock = Stopwatch.StartNew();
        await using var process = BootstrapProcess.Start(binary, ["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], new Dictionary<string, string>());
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                using var response = await http.PostAsync("event-invoke", new StringContent("""{"command":"health"}"""));
                if (response.IsSuccessStatusCode)
                {
                    var elapsed = clock.Elapsed.TotalMilliseconds;
                    process.Terminate();
                    await process.WaitForExitAsync(TimeSpan.FromSeconds(30));
                    return elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(1), TimeProvider.System, CancellationToken.None);
        }

        throw new TimeoutException("serve did not answer within 30 s");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(double Ready, double First, double Rss)> MeasureAsync(string binary)
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync();
        var first = emulator.InvokeAsync("""{"command":"health"}""", TimeSpan.FromSeconds(10));
        var clock = Stopwatch.StartNew();
        await using var process = BootstrapProcess.Start(binary, [], emulator.Environment);
        await emulator.Ready.WaitAsync(TimeSpan.FromSeconds(30));
        var ready = clock.Elapsed.TotalMilliseconds;
        var outcome = await first.WaitAsync(TimeSpan.FromSeconds(30));
        var answered = clock.Elapsed.TotalMilliseconds;
        if (outcome.IsError)
        {
            throw new InvalidOperationException($"health failed: {outcome.Text}");
        }

        var rss = Stats.PeakRssMb(process.Id);
        process.Terminate();
        await process.WaitForExitAsync(TimeSpan.FromSeconds(30));
        return (ready, answered, rss);
    }
}
