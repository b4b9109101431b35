using System.Diagnostics;
using System.Net.Http.Headers;
using Functions.TestSupport;

namespace Functions.HostBench;

/// <summary>
/// Per-invocation cost of the runtime-API loop on loopback: the NativeAOT probe answering small echo events,
/// against the protocol's floor — a bare client that fetches and answers without any host around it.
/// </summary>
internal static class WarmOverhead
{
    private static readonly byte[] Event = """{"command":"echo","n":1}"""u8.ToArray();

    public static async Task RunAsync(string root, int invocations)
    {
        var probe = Path.Combine(root, "artifacts/publish/ProbeFunction/release_linux-x64/bootstrap");
        if (!File.Exists(probe))
        {
            throw new FileNotFoundException($"{probe} is missing: run bench/run.sh, which publishes it.");
        }

        // Alternate in rounds so both sides see the same machine conditions.
        var host = new List<double>();
        var floor = new List<double>();
        var rss = 0.0;
        const int rounds = 5;
        for (var round = 0; round < rounds; round++)
        {
            var (perCall, peak) = await HostAsync(probe, invocations / rounds);
            host.Add(perCall);
            rss = Math.Max(rss, peak);
            floor.Add(await FloorAsync(invocations / rounds));
        }

        Console.WriteLine();
        Console.WriteLine($"## Warm overhead: {invocations} invocations through the runtime-API loop on loopback ({rounds} alternated rounds)");
        Console.WriteLine("| runner | per invocation, median of rounds (ms) | best round (ms) |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| NativeAOT host (probe echo) | {Stats.Ms(Stats.Median(host))} | {Stats.Ms(host.Min())} |");
        Console.WriteLine($"| protocol floor (bare GET next + POST response) | {Stats.Ms(Stats.Median(floor))} | {Stats.Ms(floor.Min())} |");
        Console.WriteLine($"Host cost above the floor: {Stats.Ms(Stats.Median(host) - Stats.Median(floor))} ms per invocation (ratio {Stats.Median(host) / Stats.Median(floor):F2}x); bootstrap peak RSS {Stats.Ms(rss)} MB");
    }

    private static async Task<(double PerCall, double PeakRss)> HostAsync(string probe, int invocations)
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync();
        await using var process = BootstrapProcess.Start(probe, [], new Dictionary<string, string>(emulator.Environment) { ["LOG_LEVEL"] = "Warning" });
        await emulator.Ready.WaitAsync(TimeSpan.FromSeconds(30));
        await emulator.InvokeAsync(Event, TimeSpan.FromSeconds(10));
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < invocations; i++)
        {
            await emulator.InvokeAsync(Event, TimeSpan.FromSeconds(10));
        }

        var perCall = clock.Elapsed.TotalMilliseconds / invocations;
        var rss = Stats.PeakRssMb(process.Id);
        process.Terminate();
        await process.WaitForExitAsync(TimeSpan.FromSeconds(30));
        return (perCall, rss);
    }

    private static async Task<double> FloorAsync(int invocations)
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri($"http://127.0.0.1:{emulator.Port}/") };
        using var cancel = new CancellationTokenSource();
        var loop = Task.Run(async () =>
        {
            await http.PostAsync("runtime/init/ready", new StringContent(" "), cancel.Token);
            while (!cancel.IsCancellationRequested)
            {
                using var next = await http.GetAsync("runtime/invocation/next", cancel.Token);
                var body = await next.Content.ReadAsByteArrayAsync(cancel.Token);
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var _ = await http.PostAsync("runtime/invocation/response", content, cancel.Token);
            }
        });
        await emulator.InvokeAsync(Event, TimeSpan.FromSeconds(10));
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < invocations; i++)
        {
            await emulator.InvokeAsync(Event, TimeSpan.FromSeconds(10));
        }

        var perCall = clock.Elapsed.TotalMilliseconds / invocations;
        await cancel.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            // The floor loop ends by cancellation.
        }

        return perCall;
    }
}
