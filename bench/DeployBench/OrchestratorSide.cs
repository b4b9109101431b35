using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Functions.AlertBench;
using Functions.HostBench;
using Functions.TestSupport;
using Functions.TestSupport.CloudApi;

namespace Functions.DeployBench;

/// <summary>
/// The published DeployOrchestrator under `bootstrap serve`, configured as deployed (scratch PostgreSQL database, the
/// API emulator as CloudBase Run and SCF, the loopback app and Prometheus). The bench plays SCF: it posts the push
/// webhook, then each `step` invocation the function chained to itself (as the emulator recorded it), one after the
/// other, as DeployHarness.DrainAsync does, timing each POST /event-invoke end to end.
/// </summary>
internal sealed class OrchestratorSide : IAsyncDisposable
{
    public const string Self = "superinsight-ops-deploy";
    private const string Token = "bench-tcr-webhook-token-5e1b";

    private readonly TencentCloudApiEmulator _cloud;
    private readonly BootstrapProcess _server;
    private readonly Uri _url;
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };
    private int _delivered;

    private OrchestratorSide(TencentCloudApiEmulator cloud, BootstrapProcess server, Uri url)
    {
        _cloud = cloud;
        _server = server;
        _url = url;
    }

    public int ProcessId => _server.Id;

    public IReadOnlyList<string> Lines => _server.Stdout.Concat(_server.Stderr).ToArray();

    public static async Task<OrchestratorSide> StartAsync(string root, TencentCloudApiEmulator cloud, Credentials credentials, AppEndpoints app, string databaseUrl, int services, CancellationToken cancellationToken)
    {
        var binary = Path.Combine(root, "artifacts", "publish", "DeployOrchestrator", "release_linux-x64", "bootstrap");
        if (!File.Exists(binary))
        {
            throw new FileNotFoundException($"{binary} is missing: run scripts/publish.sh DeployOrchestrator");
        }

        cloud.Scf.AddFunction(Self);
        var port = Ports.Free();
        var environment = new Dictionary<string, string>
        {
            ["TENCENTCLOUD_ENDPOINT"] = cloud.Endpoint.ToString(),
            ["TENCENTCLOUD_SECRETID"] = credentials.SecretId,
            ["TENCENTCLOUD_SECRETKEY"] = credentials.SecretKey,
            ["TENCENTCLOUD_REGION"] = credentials.Region,
            ["TCB_ENV_ID"] = Canary.EnvId,
            ["TCR_WEBHOOK_TOKEN"] = Token,
            ["DEPLOY_CONFIG"] = Canary.Config(services, app.BaseUrl),
            ["DEPLOY_SELF_FUNCTION"] = Self,
            ["DEPLOY_PROMETHEUS_URL"] = app.BaseUrl.ToString().TrimEnd('/'),
            ["DATABASE_URL"] = databaseUrl,
        };
        var server = BootstrapProcess.Start(binary, ["serve", "--port", port.ToString(CultureInfo.InvariantCulture)], environment);
        var side = new OrchestratorSide(cloud, server, new Uri($"http://127.0.0.1:{port}/event-invoke"));
        await side.WaitReadyAsync(cancellationToken);
        return side;
    }

    /// <summary>Push, then every chained step until the function chains no more.</summary>
    public async Task<RunTimings> RunAsync(int run, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var steps = new List<(string, double)>();
        var total = Stopwatch.StartNew();
        var (pushed, startMs) = await InvokeAsync(Canary.PushEvent(run, Token), cancellationToken);
        var outcome = Outcome(pushed);
        if (outcome != "started")
        {
            problems.Add($"push: {outcome}: {pushed[..Math.Min(pushed.Length, 300)]}");
        }

        var phase = "none";
        for (var i = 0; i < 50; i++)
        {
            var pending = _cloud.Scf.Invocations.Where(c => c.FunctionName == Self).Skip(_delivered).FirstOrDefault();
            if (pending is null)
            {
                break;
            }

            _delivered++;
            var (body, ms) = await InvokeAsync(pending.Event, cancellationToken);
            try
            {
                var step = JsonDocument.Parse(body).RootElement.GetProperty("steps")[0];
                var action = step.GetProperty("action").GetString()!;
                phase = step.GetProperty("phase").GetString()!;
                steps.Add((action, ms));
                if (action == "skipped")
                {
                    problems.Add($"step skipped: {string.Join("; ", step.GetProperty("events").EnumerateArray())}");
                }
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
            {
                problems.Add($"step failed: {body[..Math.Min(body.Length, 300)]}");
            }
        }

        total.Stop();
        if (phase != "Succeeded")
        {
            problems.Add($"ended {phase}, not Succeeded");
        }

        var version = _cloud.CloudRun.Get(Canary.EnvId, Canary.Service(run)).Versions.FirstOrDefault(v => v.Image == Canary.Image(run));
        if (version?.Percent != 100)
        {
            problems.Add($"the new version has {version?.Percent.ToString(CultureInfo.InvariantCulture) ?? "no"} % on the platform, not 100 %");
        }

        return new RunTimings(total.Elapsed.TotalMilliseconds, startMs, steps, phase, problems);
    }

    /// <summary>The transitions the newest run of <paramref name="run"/>'s service committed, from `status` (its version - 1).</summary>
    public async Task<long> CommittedAsync(int run, CancellationToken cancellationToken)
    {
        var (body, _) = await InvokeAsync($$"""{"command":"status","service":"{{Canary.Service(run)}}"}""", cancellationToken);
        return JsonDocument.Parse(body).RootElement.GetProperty("runs")[0].GetProperty("version").GetInt64() - 1;
    }

    public double PeakRssMb() => Stats.PeakRssMb(_server.Id);

    public async ValueTask DisposeAsync()
    {
        _server.Terminate();
        await _server.WaitForExitAsync(TimeSpan.FromSeconds(30));
        await _server.DisposeAsync();
        _http.Dispose();
    }

    private static string Outcome(string pushed)
    {
        try
        {
            var http = JsonDocument.Parse(pushed).RootElement;
            var body = JsonDocument.Parse(http.GetProperty("body").GetString()!).RootElement;
            return body.GetProperty("pushes")[0].GetProperty("outcome").GetString() ?? "none";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            return "unreadable";
        }
    }

    private async Task<(string Body, double Ms)> InvokeAsync(string eventJson, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = new StringContent(eventJson) };
        request.Headers.Add("X-Scf-Request-Id", Guid.NewGuid().ToString());
        request.Headers.Add("X-Scf-Timeout", "300");
        var clock = Stopwatch.StartNew();
        using var response = await _http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        clock.Stop();
        return response.IsSuccessStatusCode ? (body, clock.Elapsed.TotalMilliseconds) : ($"HTTP {(int)response.StatusCode}: {body}", clock.Elapsed.TotalMilliseconds);
    }

    private async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            if (_server.HasExited)
            {
                throw new InvalidOperationException($"bootstrap serve exited: {string.Join('\n', Lines.TakeLast(20))}");
            }

            try
            {
                // status reads PostgreSQL, so the schema exists before the first timed run.
                using var response = await _http.PostAsync(_url, new StringContent($$"""{"command":"status","service":"{{Canary.Service(0)}}"}"""), cancellationToken);
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

        throw new TimeoutException($"bootstrap serve did not answer within 30 s: {string.Join('\n', Lines.TakeLast(20))}");
    }
}
