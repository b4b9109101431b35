using System.Diagnostics;
using System.Globalization;
using Functions.TencentCloud.Api;
using Functions.TencentCloud.CloudRun;
using Functions.TencentCloud.Credentials;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.DeployBench;

/// <summary>
/// The floor: what a deploy script would do in one process with no persistence — the same platform calls the
/// function's deployer makes for each action (it looks before it changes), the same health probe and Prometheus
/// query, signed by the same shared client, straight-line. No lease, intent, commit, event log or chained invoke.
/// Each action is timed like one of our transitions.
/// </summary>
internal sealed class ScriptSide : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };
    private readonly CloudRunClient _cloudRun;
    private readonly Uri _app;

    public ScriptSide(Uri endpoint, Credentials credentials, Uri app)
    {
        var options = new TencentCloudApiOptions { Region = credentials.Region, Endpoint = endpoint };
        var signer = new StaticCredentials(new TencentCloudCredentials(credentials.SecretId, credentials.SecretKey));
        _cloudRun = new CloudRunClient(new TencentCloudApiClient(_http, options, signer, TimeProvider.System, NullLogger<TencentCloudApiClient>.Instance));
        _app = app;
    }

    public static string Service(int run) => $"script-{run:D3}";

    public async Task<RunTimings> RunAsync(int run, CancellationToken cancellationToken)
    {
        var service = Service(run);
        var image = Canary.Image(run);
        var env = Canary.EnvId;
        var problems = new List<string>();
        var steps = new List<(string, double)>();
        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();

        // deploy: look (versions, the running task), release gray, name the version.
        var versions = await VersionsAsync(service, cancellationToken);
        await _cloudRun.GetTaskAsync(env, service, 0, cancellationToken);
        var stable = versions.Where(v => v.Percent > 0).MaxBy(v => v.Percent)!.VersionName;
        var taskId = await _cloudRun.DeployImageAsync(env, service, image, gray: true, $"script run {run}", cancellationToken);
        var version = (await _cloudRun.GetTaskAsync(env, service, taskId, cancellationToken))?.VersionName ?? throw new InvalidOperationException("no version");
        steps.Add(("deploy", Lap(clock)));

        // awaitReady: the task has not failed and the version is online.
        await _cloudRun.GetTaskAsync(env, service, taskId, cancellationToken);
        if (!(await VersionsAsync(service, cancellationToken)).Any(v => v.VersionName == version))
        {
            problems.Add($"{version} not online");
        }

        steps.Add(("awaitReady", Lap(clock)));

        // probe: one healthy answer is enough.
        var health = await _http.GetStringAsync(new Uri(_app, $"{version}/health"), cancellationToken);
        if (!health.Contains("\"ok\"", StringComparison.Ordinal))
        {
            problems.Add($"unhealthy: {health}");
        }

        steps.Add(("probe", Lap(clock)));

        foreach (var percent in Canary.Weights)
        {
            await SplitAsync(service, version, stable, percent, cancellationToken);
            steps.Add(("setTraffic", Lap(clock)));
        }

        // measure: one Prometheus instant query.
        var query = $"sum(rate(http_errors{{version=\"{version}\"}}[1m]))";
        var answer = await _http.GetStringAsync(new Uri(_app, $"api/v1/query?query={Uri.EscapeDataString(query)}"), cancellationToken);
        if (!answer.Contains("\"success\"", StringComparison.Ordinal))
        {
            problems.Add($"no analysis answer: {answer}");
        }

        steps.Add(("measure", Lap(clock)));

        // finalise: all traffic to the new version, then complete the release if it is still open.
        await SplitAsync(service, version, stable, 100, cancellationToken);
        var task = await _cloudRun.GetTaskAsync(env, service, taskId, cancellationToken);
        if (string.Equals(task?.Status, "running", StringComparison.OrdinalIgnoreCase))
        {
            await _cloudRun.OperateReleaseAsync(env, service, taskId, ReleaseOperation.Done, $"script run {run}: finalised", cancellationToken);
        }

        steps.Add(("finalise", Lap(clock)));
        total.Stop();
        return new RunTimings(total.Elapsed.TotalMilliseconds, 0, steps, "Succeeded", problems);
    }

    public void Dispose() => _http.Dispose();

    private static double Lap(Stopwatch clock)
    {
        var ms = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return ms;
    }

    // As the deployer: look at the split, change it only when it differs, the larger share first.
    private async Task SplitAsync(string service, string version, string stable, int percent, CancellationToken cancellationToken)
    {
        var versions = await VersionsAsync(service, cancellationToken);
        if (versions.FirstOrDefault(v => v.VersionName == version)?.Percent == percent && versions.FirstOrDefault(v => v.VersionName == stable)?.Percent == 100 - percent)
        {
            return;
        }

        List<VersionTraffic> split = [new(version, percent)];
        split.Insert(percent >= 50 ? 1 : 0, new VersionTraffic(stable, 100 - percent));
        await _cloudRun.SetTrafficAsync(Canary.EnvId, service, split, $"script: {version} {percent} %", cancellationToken);
    }

    private async Task<IReadOnlyList<VersionTraffic>> VersionsAsync(string service, CancellationToken cancellationToken)
    {
        var detail = await _cloudRun.DescribeServiceAsync(Canary.EnvId, service, cancellationToken);
        return (detail.OnlineVersionInfos ?? [])
            .Where(v => v.VersionName is not null)
            .Select(v => new VersionTraffic(v.VersionName!, (int)Math.Round(double.Parse(v.FlowRatio ?? "0", CultureInfo.InvariantCulture)), v.ImageUrl))
            .ToArray();
    }
}
