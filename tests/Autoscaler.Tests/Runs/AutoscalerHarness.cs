using System.Text.Json;
using Functions.Scf.Hosting;
using Functions.TencentCloud.Monitor;
using Functions.TestSupport;
using Functions.TestSupport.CloudApi;

namespace Functions.Autoscaler.Tests.Runs;

/// <summary>
/// The Autoscaler built from configuration like the real one, on a virtual clock, against the signature-verifying
/// Tencent Cloud API emulator (CloudBase Run and Cloud Monitor), a scratch PostgreSQL database and the local Redis.
/// </summary>
internal sealed class AutoscalerHarness : IAsyncDisposable
{
    public const string EnvId = "env-prod";

    private readonly ScratchDatabases _databases;
    private readonly FunctionDriver _driver;

    private AutoscalerHarness(TencentCloudApiEmulator cloud, ScratchDatabases databases, string databaseUrl, string service)
    {
        _driver = new FunctionDriver(cloud, "ap-shanghai") { TimeLimit = TimeSpan.FromMinutes(1) };
        Service = service;
        Cloud = cloud;
        _databases = databases;
        DatabaseUrl = databaseUrl;
    }

    public TencentCloudApiEmulator Cloud { get; }

    /// <summary>A service name of its own, so tests running in parallel never share a lease in the one Redis.</summary>
    public string Service { get; }

    private string Version => $"{Service}-001";

    /// <summary>The function's clock: real time, moved forward by <see cref="Advance"/>.</summary>
    public ShiftedTimeProvider Time => _driver.Time;

    public string DatabaseUrl { get; }

    public CloudRunService Platform => Cloud.CloudRun.Get(EnvId, Service);

    public string Log => _driver.Log;

    /// <summary>Starts the emulator with the service at <paramref name="min"/>..<paramref name="max"/> running <paramref name="running"/>.</summary>
    public static async Task<AutoscalerHarness> StartAsync(int min, int max, int running, CancellationToken cancellationToken)
    {
        var cloud = await TencentCloudApiEmulator.StartAsync();
        var service = $"superinsight-{Guid.NewGuid().ToString("N")[..8]}";
        cloud.CloudRun.AddService(EnvId, service, "ccr.ccs.tencentyun.com/superinsight/api:v1", min, max).Instances = running;
        var databases = new ScratchDatabases();
        return new AutoscalerHarness(cloud, databases, await databases.CreateAsync("autoscaler", cancellationToken), service);
    }

    /// <summary>Builds the function; call once, after any settings.</summary>
    public void Build(Dictionary<string, string?>? settings = null)
    {
        var environment = new Dictionary<string, string?>
        {
            ["TCB_ENV_ID"] = EnvId,
            ["TCB_SERVICE_NAME"] = Service,
            ["DATABASE_URL"] = DatabaseUrl,
            ["REDIS_URL"] = TestEnvironment.RequireVariable("REDIS_URL"),
        };
        foreach (var (key, value) in settings ?? [])
        {
            environment[key] = value;
        }

        _driver.Build(AutoscalerFunction.Definition, environment);
    }

    /// <summary>Sets what Cloud Monitor reports for the last minutes: CPU and memory in percent of the spec, requests per second.</summary>
    public void SetLoad(double cpuPercent, double memoryPercent, double requestsPerSecond)
    {
        var minute = TruncateToMinute(Time.GetUtcNow());
        var minutes = Enumerable.Range(1, 3).Select(i => minute.AddMinutes(-i)).ToArray();
        Series(CloudRunMetric.VersionCpuUsed, minutes.Select(t => (t, cpuPercent / 100 * 4)));
        Series(CloudRunMetric.VersionResourceCpu, minutes.Select(t => (t, 4.0)));
        Series(CloudRunMetric.VersionMemUsedNoCache, minutes.Select(t => (t, memoryPercent / 100 * 8192)));
        Series(CloudRunMetric.VersionResourceMem, minutes.Select(t => (t, 8192.0)));
        var fiveMinutes = new DateTimeOffset(minute.Ticks - (minute.Ticks % TimeSpan.FromMinutes(5).Ticks), TimeSpan.Zero);
        Cloud.Monitor.SetCurve(EnvId, Service, CloudRunMetric.Qps, Enumerable.Range(1, 3).Select(i => (fiveMinutes.AddMinutes(-5 * i), requestsPerSecond)));
    }

    /// <summary>Moves the virtual clock (and the emulator's, so signatures stay valid).</summary>
    public void Advance(TimeSpan by) => _driver.Advance(by);

    public Task<(JsonElement? Result, InvocationError? Error)> InvokeAsync(string eventJson, CancellationToken cancellationToken, TimeSpan? timeLimit = null) =>
        _driver.InvokeAsync(eventJson, cancellationToken, timeLimit);

    public Task<JsonElement> SucceedAsync(string eventJson, CancellationToken cancellationToken) => _driver.SucceedAsync(eventJson, cancellationToken);

    /// <summary>The timer event of the current virtual minute.</summary>
    public string Timer() => $$"""{"Type":"Timer","TriggerName":"every-minute","Time":"{{Time.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ}}","Message":""}""";

    public async Task<long> CountDecisionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _databases.OpenAsync(new Uri(DatabaseUrl).AbsolutePath.Trim('/'), cancellationToken);
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM autoscaler_decisions", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        await _driver.DisposeAsync();

        await Cloud.DisposeAsync();
        await _databases.DisposeAsync();
    }

    private static DateTimeOffset TruncateToMinute(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);

    private void Series(string metric, IEnumerable<(DateTimeOffset, double)> samples) =>
        Cloud.Monitor.SetSeries(CloudRunMetric.Namespace, metric, new Dictionary<string, string> { ["envid"] = EnvId, ["serviceid"] = Service, ["versionid"] = Version }, samples);
}
