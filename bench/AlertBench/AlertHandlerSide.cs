using System.Globalization;
using System.Net;
using System.Text.Json;
using Functions.HostBench;
using Functions.TestSupport;
using Functions.TestSupport.CloudApi;
using Functions.TestSupport.Robots;

namespace Functions.AlertBench;

/// <summary>
/// The published AlertHandler under `bootstrap serve`, configured as deployed: a scratch PostgreSQL database, the
/// local Redis under a key prefix of its own, the Tencent Cloud API emulator (the Autoscaler and the AlertHandler
/// itself as SCF functions) and a webhook robot on loopback. The storm, then flushes until nothing is due.
/// </summary>
internal static class AlertHandlerSide
{
    private const string Token = "bench-callback-token-5e1a";
    private const string Autoscaler = "superinsight-ops-autoscaler";
    private const string Self = "superinsight-ops-alerts";
    private const string SecretId = "AKIDalertBench000000001";
    private const string SecretKey = "alert-bench-secret-key";

    // Webhook only, so the count is exact: WeCom's 20 a minute would fold most of 1,000 groups into digests over
    // many minutes (the digest path is tested, not benchmarked). Critical alarms scale up, with no cooldown so
    // each distinct one performs exactly one action; group_wait 0s so the first flush sends every group.
    private const string Config = """
        {
          "route": {
            "receiver": "bench", "group_by": ["alertname"], "group_wait": "0s", "group_interval": "5m", "repeat_interval": "4h",
            "routes": [
              { "matchers": ["severity=\"critical\""], "actions": [{ "type": "scale_up", "cooldown": "0s" }, { "type": "notify" }] }
            ]
          },
          "receivers": [
            { "name": "bench", "webhook": [{ "url_env": "BENCH_WEBHOOK_URL", "secret_env": "BENCH_WEBHOOK_TOKEN" }] }
          ]
        }
        """;

    public static async Task<SideResult> RunAsync(string root, Storm storm, int connections, CancellationToken cancellationToken)
    {
        var binary = Path.Combine(root, "artifacts", "publish", "AlertHandler", "release_linux-x64", "bootstrap");
        if (!File.Exists(binary))
        {
            throw new FileNotFoundException($"{binary} is missing: run scripts/publish.sh AlertHandler");
        }

        await using var cloud = await TencentCloudApiEmulator.StartAsync();
        cloud.AddKey(SecretId, SecretKey);
        cloud.Scf.AddFunction(Autoscaler, _ => ("""{"applied":true,"desired":3}""", null));
        cloud.Scf.AddFunction(Self);
        await using var robots = await RobotEmulator.StartAsync(TimeProvider.System);
        await using var databases = new ScratchDatabases();
        var databaseUrl = await databases.CreateAsync("alertbench", cancellationToken);
        var port = Ports.Free();
        var environment = new Dictionary<string, string>
        {
            ["TENCENTCLOUD_ENDPOINT"] = cloud.Endpoint.ToString(),
            ["TENCENTCLOUD_SECRETID"] = SecretId,
            ["TENCENTCLOUD_SECRETKEY"] = SecretKey,
            ["TENCENTCLOUD_REGION"] = "ap-guangzhou",
            ["ALERT_CALLBACK_TOKEN"] = Token,
            ["ALERT_CONFIG"] = Config,
            ["ALERT_FLUSH_FUNCTION"] = Self,
            ["ALERT_REDIS_PREFIX"] = $"alert-bench-{Guid.NewGuid():N}:",
            ["BENCH_WEBHOOK_URL"] = robots.WebhookUrl.ToString(),
            ["BENCH_WEBHOOK_TOKEN"] = RobotEmulator.WebhookToken,
            ["DATABASE_URL"] = databaseUrl,
            ["REDIS_URL"] = Environment.GetEnvironmentVariable("REDIS_URL") ?? throw new InvalidOperationException("REDIS_URL is not set: eval \"$(scripts/services.sh up)\""),
        };
        await using var server = BootstrapProcess.Start(binary, ["serve", "--port", port.ToString(CultureInfo.InvariantCulture)], environment);
        var url = new Uri($"http://127.0.0.1:{port}/event-invoke");
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };
        await WaitReadyAsync(http, url, server, cancellationToken);

        var firstOccurred = TimeProvider.System.GetUtcNow().AddMinutes(-5);
        var bodies = storm.Order.Select(a => CallbackPayloads.FunctionUrlEvent(a, firstOccurred, Token)).ToArray();
        var duplicates = 0;
        var load = await LoadRunner.RunAsync(url, bodies, new Dictionary<string, string> { ["X-Scf-Timeout"] = "10" }, connections, (status, body) =>
        {
            if (status != HttpStatusCode.OK || !body.Contains("\"statusCode\":200", StringComparison.Ordinal))
            {
                return false;
            }

            if (body.Contains("\\\"duplicate\\\":true", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref duplicates);
            }

            return true;
        }, cancellationToken);
        var triggered = cloud.Scf.Invocations.Count(i => i.FunctionName == Self);

        var (flushes, passes, flushMs) = await FlushUntilIdleAsync(http, url, cancellationToken);
        var rss = Stats.PeakRssMb(server.Id);
        var lines = server.Stdout.Concat(server.Stderr).ToArray();
        var errors = lines.Where(l => l.Contains("\"level\":\"Error\"", StringComparison.Ordinal) || l.Contains("\"level\":\"Critical\"", StringComparison.Ordinal)).ToArray();
        var warnings = lines.Count(l => l.Contains("\"level\":\"Warning\"", StringComparison.Ordinal));
        server.Terminate();
        await server.WaitForExitAsync(TimeSpan.FromSeconds(30));

        var actions = cloud.Scf.Invocations.Count(i => i.FunctionName == Autoscaler);
        var webhook = robots.AcceptedBy("webhook");
        var (mentions, distinct) = Coverage.Of(webhook);
        List<string> notes =
        [
            $"answered as duplicates (Redis fast path): {duplicates:N0} of {storm.Requests:N0} (at most {storm.Requests - storm.Distinct:N0}: a repeat that arrives before its first delivery is remembered goes to PostgreSQL, where the state is found unchanged)",
            $"flush self-invokes requested during the storm (5 s debounce): {triggered}",
            $"flushes until nothing was due: {flushes}, {passes} passes in all ({Stats.Ms(flushMs)} ms in all)",
            $"webhook messages cover {distinct:N0} distinct alarms, {mentions:N0} alarm mentions; rejected by robots: {robots.Rejected.Count}",
            $"log lines: {lines.Length:N0} (default level), warnings {warnings}, errors {errors.Length}",
        ];
        notes.AddRange(errors.Take(5).Select(e => "  " + e[..Math.Min(e.Length, 400)]));
        return new SideResult("AlertHandler (NativeAOT, bootstrap serve)", load, rss, actions, webhook.Count, mentions, notes);
    }

    private static async Task WaitReadyAsync(HttpClient http, Uri url, BootstrapProcess server, CancellationToken cancellationToken)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"bootstrap serve exited: {string.Join('\n', server.Stdout.Concat(server.Stderr).TakeLast(20))}");
            }

            try
            {
                // status reads PostgreSQL, so the schema exists before the storm (as after a real instance's first call).
                using var response = await http.PostAsync(url, new StringContent("""{"command":"status"}"""), cancellationToken);
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

        throw new TimeoutException($"bootstrap serve did not answer within 30 s: {string.Join('\n', server.Stdout.Concat(server.Stderr).TakeLast(20))}");
    }

    // Each flush performs up to 20 actions and 50 groups a pass and lingers while more are due; repeat until a
    // flush finds nothing to do.
    private static async Task<(int Flushes, int Passes, double Ms)> FlushUntilIdleAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        var flushes = 0;
        var passes = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (flushes < 200)
        {
            flushes++;
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent("""{"command":"flush"}""") };
            request.Headers.Add("X-Scf-Timeout", "60");
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"flush failed: {(int)response.StatusCode} {body}");
            }

            using var json = JsonDocument.Parse(body);
            passes += json.RootElement.GetProperty("passes").GetInt32();
            if (json.RootElement.GetProperty("actions").GetArrayLength() == 0 && json.RootElement.GetProperty("groups").GetArrayLength() == 0)
            {
                break;
            }
        }

        return (flushes, passes, clock.Elapsed.TotalMilliseconds);
    }
}
