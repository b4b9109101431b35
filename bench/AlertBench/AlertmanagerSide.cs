using System.Diagnostics;
using System.Globalization;
using System.Net;
using Functions.HostBench;
using Functions.TestSupport;
using Functions.TestSupport.Robots;

namespace Functions.AlertBench;

/// <summary>
/// The baseline: Debian's Prometheus Alertmanager (single node, no cluster, its own temporary storage), the same
/// routing (group by alertname, group_wait 0s, 5m/4h) to the same kind of webhook robot, and the same storm POSTed
/// to /api/v2/alerts one alert a request. It has no actions: its count is notifications only.
/// </summary>
internal static class AlertmanagerSide
{
    public const string Binary = "/usr/bin/prometheus-alertmanager";

    public static async Task<SideResult> RunAsync(Storm storm, int connections, CancellationToken cancellationToken)
    {
        await using var robots = await RobotEmulator.StartAsync(TimeProvider.System);
        var directory = Directory.CreateTempSubdirectory("alertbench-am-");
        try
        {
            var config = Path.Combine(directory.FullName, "alertmanager.yml");
            await File.WriteAllTextAsync(config, $"""
                route:
                  receiver: bench
                  group_by: [alertname]
                  group_wait: 0s
                  group_interval: 5m
                  repeat_interval: 4h
                receivers:
                  - name: bench
                    webhook_configs:
                      - url: '{robots.WebhookUrl}'
                        send_resolved: true
                        http_config:
                          authorization:
                            credentials: '{RobotEmulator.WebhookToken}'
                """, cancellationToken);
            var port = Ports.Free();
            await using var server = BootstrapProcess.Start(Binary,
            [
                $"--config.file={config}", $"--storage.path={Path.Combine(directory.FullName, "data")}",
                $"--web.listen-address=127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}", "--cluster.listen-address=", "--log.level=warn",
            ], new Dictionary<string, string>());
            var baseUrl = new Uri($"http://127.0.0.1:{port}/");
            await WaitReadyAsync(baseUrl, server, cancellationToken);

            var firstOccurred = TimeProvider.System.GetUtcNow().AddMinutes(-5);
            var bodies = storm.Order.Select(a => CallbackPayloads.AlertmanagerAlert(a, firstOccurred)).ToArray();
            var load = await LoadRunner.RunAsync(new Uri(baseUrl, "api/v2/alerts"), bodies, new Dictionary<string, string>(), connections,
                (status, _) => status == HttpStatusCode.OK, cancellationToken);

            // Alertmanager notifies from its own goroutines: wait until every group has been sent or nothing more comes.
            var settleMs = await SettleAsync(robots, storm.Distinct, cancellationToken);
            var rss = Stats.PeakRssMb(server.Id);
            server.Terminate();
            await server.WaitForExitAsync(TimeSpan.FromSeconds(30));

            var webhook = robots.AcceptedBy("webhook");
            var (mentions, distinct) = Coverage.Of(webhook);
            List<string> notes =
            [
                $"notifications settled {Stats.Ms(settleMs)} ms after the last answer",
                $"webhook messages cover {distinct:N0} distinct alarms, {mentions:N0} alarm mentions; rejected by robots: {robots.Rejected.Count}",
                $"log lines (warn and above): {server.Stderr.Count + server.Stdout.Count}",
            ];
            notes.AddRange(server.Stderr.Take(5).Select(e => "  " + e[..Math.Min(e.Length, 400)]));
            return new SideResult($"Alertmanager {Version()}", load, rss, null, webhook.Count, mentions, notes);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task WaitReadyAsync(Uri baseUrl, BootstrapProcess server, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"alertmanager exited: {string.Join('\n', server.Stderr.TakeLast(20))}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(baseUrl, "-/ready"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, cancellationToken);
        }

        throw new TimeoutException($"alertmanager did not become ready within 30 s: {string.Join('\n', server.Stderr.TakeLast(20))}");
    }

    private static async Task<double> SettleAsync(RobotEmulator robots, int expected, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var last = -1;
        var quietSince = clock.Elapsed;
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var count = robots.Accepted.Count;
            if (count >= expected)
            {
                break;
            }

            if (count != last)
            {
                last = count;
                quietSince = clock.Elapsed;
            }
            else if (clock.Elapsed - quietSince > TimeSpan.FromSeconds(5))
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System, cancellationToken);
        }

        // A little longer, so a duplicate notification would be seen too.
        await Task.Delay(TimeSpan.FromSeconds(2), TimeProvider.System, cancellationToken);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static string Version()
    {
        using var process = Process.Start(new ProcessStartInfo(Binary, "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        var first = text.Split('\n')[0];
        var at = first.IndexOf("version ", StringComparison.Ordinal);
        return at >= 0 ? first[(at + 8)..].Split(' ')[0] : "?";
    }
}
