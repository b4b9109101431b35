using System.Text.Json;
using Functions.Scf.Hosting;
using Functions.TestSupport;
using Functions.TestSupport.CloudApi;
using Functions.TestSupport.Robots;

namespace Functions.DeployOrchestrator.Tests.Runs;

/// <summary>
/// The DeployOrchestrator built from configuration like the real one, on a shifted clock, with a scratch PostgreSQL
/// database, the signature-verifying API emulator (CloudBase Run with a service at v1; SCF, where the function's
/// chained steps land), the new versions' health endpoints and Prometheus on loopback, and robots for notifications.
/// The harness plays SCF: <see cref="DrainAsync"/> delivers the chained step invocations the function sent itself.
/// </summary>
internal sealed class DeployHarness : IAsyncDisposable
{
    public const string Token = "tcr-webhook-token-5e1b";
    public const string EnvId = "env-deploy";
    public const string Self = "superinsight-ops-deploy";
    public const string StableImage = "superinsight-bj.tencentcloudcr.com/superinsight/app:v1@sha256:1111111111111111111111111111111111111111111111111111111111111111";

    private readonly ScratchDatabases _databases;
    private readonly FunctionDriver _driver;
    private int _drained;

    private DeployHarness(TencentCloudApiEmulator cloud, AppEndpoints app, RobotEmulator robots, ScratchDatabases databases, string databaseUrl, string service)
    {
        _driver = new FunctionDriver(cloud, "ap-beijing") { TimeLimit = TimeSpan.FromMinutes(5) };
        Cloud = cloud;
        App = app;
        Robots = robots;
        _databases = databases;
        DatabaseUrl = databaseUrl;
        Service = service;
    }

    public TencentCloudApiEmulator Cloud { get; }

    public AppEndpoints App { get; }

    public RobotEmulator Robots { get; }

    public ShiftedTimeProvider Time => _driver.Time;

    public string DatabaseUrl { get; }

    /// <summary>The service, named per test so parallel tests never share a bucket or a run.</summary>
    public string Service { get; }

    public CloudRunService Platform => Cloud.CloudRun.Get(EnvId, Service);

    public string Log => _driver.Log;

    /// <summary>The time limit of the invocations the harness delivers (SCF stops an invocation at it).</summary>
    public TimeSpan TimeLimit { get => _driver.TimeLimit; set => _driver.TimeLimit = value; }

    public static async Task<DeployHarness> StartAsync(CancellationToken cancellationToken)
    {
        var cloud = await TencentCloudApiEmulator.StartAsync();
        cloud.Scf.AddFunction(Self);
        cloud.CloudRun.GrayReleasesStayOpen = true;
        var service = $"superinsight-{Guid.NewGuid().ToString("N")[..6]}";
        cloud.CloudRun.AddService(EnvId, service, StableImage);
        var databases = new ScratchDatabases();
        var app = await AppEndpoints.StartAsync();
        var robots = await RobotEmulator.StartAsync(TimeProvider.System);
        return new DeployHarness(cloud, app, robots, databases, await databases.CreateAsync("deploy", cancellationToken), service);
    }

    /// <summary>A canary: health check, 20 %, a pause, analysis, 50 %, a manual pause, then all traffic.</summary>
    public string CanaryConfig(string pause = "1m") => Config($$"""
        "canary": { "steps": [ { "healthCheck": "api" }, { "setWeight": 20 }, { "pause": "{{pause}}" }, { "analysis": "errors" }, { "setWeight": 50 }, { "pause": {} } ] }
        """);

    /// <summary>The shortest canary: half the traffic, then finalise.</summary>
    public string HalfThenAllConfig() => Config("""
        "canary": { "steps": [ { "setWeight": 50 } ] }
        """);

    public string BlueGreenConfig() => Config("""
        "blueGreen": { "healthChecks": ["api"], "prePromotionAnalysis": "errors", "scaleDownDelay": "5m" }
        """);

    private string Config(string strategy) => $$"""
        {
          "services": [ {
            "name": "{{Service}}", "repositories": ["superinsight/app"], "tags": ["v*"], "progressDeadline": "10m",
            "healthChecks": { "api": { "url": "{{App.BaseUrl}}{version}/health", "expectStatus": 200, "jsonField": "status", "expectValue": "ok",
                                       "consecutiveSuccesses": 2, "failureLimit": 1, "interval": "5s", "timeout": "1s", "deadline": "2m" } },
            "analyses": { "errors": { "interval": "1m", "count": 2, "metrics": [
              { "name": "error-rate", "query": "sum(rate(http_errors{version=\"{version}\"}[1m]))", "max": 0.05, "noData": "fail" } ] } },
            "strategy": { {{strategy}} }
          } ],
          "notify": { "receivers": [ { "kind": "webhook", "url_env": "TEST_DEPLOY_WEBHOOK", "secret_env": "TEST_DEPLOY_WEBHOOK_TOKEN" } ] }
        }
        """;

    public void Build(string config, Dictionary<string, string?>? settings = null)
    {
        var environment = new Dictionary<string, string?>
        {
            ["TCB_ENV_ID"] = EnvId,
            ["TCR_WEBHOOK_TOKEN"] = Token,
            ["DEPLOY_CONFIG"] = config,
            ["DEPLOY_SELF_FUNCTION"] = Self,
            ["DEPLOY_PROMETHEUS_URL"] = App.BaseUrl.ToString().TrimEnd('/'),
            ["TEST_DEPLOY_WEBHOOK"] = Robots.WebhookUrl.ToString(),
            ["TEST_DEPLOY_WEBHOOK_TOKEN"] = RobotEmulator.WebhookToken,
            ["DATABASE_URL"] = DatabaseUrl,
        };
        foreach (var (key, value) in settings ?? [])
        {
            environment[key] = value;
        }

        _driver.Build(DeployOrchestratorFunction.Definition, environment);
    }

    /// <summary>A TCR push of <paramref name="tag"/> with a digest made from <paramref name="seed"/>.</summary>
    public static (string Event, string Digest, string Image) Push(string tag, char seed, string? token = Token)
    {
        var digest = "sha256:" + new string(seed, 64);
        var body = $$$"""{"type":"pushImage","occur_at":1589106605,"event_data":{"resources":[{"digest":"{{{digest}}}","tag":"{{{tag}}}","resource_url":"superinsight-bj.tencentcloudcr.com/superinsight/app:{{{tag}}}"}],"repository":{"name":"app","namespace":"superinsight","repo_full_name":"superinsight/app","repo_type":"private"}},"operator":"100000000001"}""";
        var headers = token is null ? "{\"content-type\":\"application/json\"}" : $"{{\"content-type\":\"application/json\",\"authentication\":\"{token}\"}}";
        var http = "{\"httpMethod\":\"POST\",\"path\":\"/\",\"headers\":" + headers + ",\"queryString\":{},\"body\":\"" + JsonEncodedText.Encode(body) + "\",\"isBase64Encoded\":false}";
        return (http, digest, $"superinsight-bj.tencentcloudcr.com/superinsight/app:{tag}@{digest}".Replace($":{tag}@", "@", StringComparison.Ordinal));
    }

    public void Advance(TimeSpan by) => _driver.Advance(by);

    public Task<(JsonElement? Result, InvocationError? Error)> InvokeAsync(string eventJson, CancellationToken cancellationToken, TimeSpan? timeLimit = null) =>
        _driver.InvokeAsync(eventJson, cancellationToken, timeLimit);

    public Task<JsonElement> SucceedAsync(string eventJson, CancellationToken cancellationToken) => _driver.SucceedAsync(eventJson, cancellationToken);

    /// <summary>Delivers the step invocations the function chained (as SCF would), until it chains no more; the failures seen.</summary>
    public async Task<IReadOnlyList<InvocationError>> DrainAsync(CancellationToken cancellationToken, int limit = 100)
    {
        var errors = new List<InvocationError>();
        for (var delivered = 0; delivered < limit; delivered++)
        {
            var pending = Cloud.Scf.Invocations.Where(i => i.FunctionName == Self).Skip(_drained).FirstOrDefault();
            if (pending is null)
            {
                break;
            }

            _drained++;
            var (_, error) = await InvokeAsync(pending.Event, cancellationToken);
            if (error is not null)
            {
                errors.Add(error);
            }
        }

        return errors;
    }

    /// <summary>Moves time on and lets the minute pump run (then drains what it chained).</summary>
    public async Task<JsonElement> PumpAsync(CancellationToken cancellationToken, TimeSpan? after = null)
    {
        if (after is { } by)
        {
            Advance(by);
        }

        var result = await SucceedAsync("""{"command":"pump"}""", cancellationToken);
        await DrainAsync(cancellationToken);
        return result;
    }

    /// <summary>Pumps until the newest run ends (or <paramref name="rounds"/> pumps, a minute apart, did not end it).</summary>
    public async Task<string> RunToEndAsync(CancellationToken cancellationToken, int rounds = 10)
    {
        for (var i = 0; i < rounds; i++)
        {
            var phase = await PhaseAsync(cancellationToken);
            if (phase is "Succeeded" or "Failed" or "Aborted" or "Superseded")
            {
                return phase;
            }

            await PumpAsync(cancellationToken, after: TimeSpan.FromMinutes(1));
        }

        return await PhaseAsync(cancellationToken);
    }

    /// <summary>The newest run's event kinds, in order.</summary>
    public async Task<IReadOnlyList<string>> HistoryAsync(CancellationToken cancellationToken) =>
        (await StatusAsync(cancellationToken)).GetProperty("history").EnumerateArray().Select(e => $"{e.GetProperty("kind").GetString()}: {e.GetProperty("message").GetString()}").ToArray();

    public Task<JsonElement> StatusAsync(CancellationToken cancellationToken) => SucceedAsync($$"""{"command":"status","service":"{{Service}}"}""", cancellationToken);

    public Task<JsonElement> CommandAsync(string name, CancellationToken cancellationToken, string extra = "") =>
        SucceedAsync($$"""{"command":"{{name}}","service":"{{Service}}"{{extra}}}""", cancellationToken);

    /// <summary>The newest run's phase, from status.</summary>
    public async Task<string> PhaseAsync(CancellationToken cancellationToken) =>
        (await StatusAsync(cancellationToken)).GetProperty("runs")[0].GetProperty("phase").GetString()!;

    public async ValueTask DisposeAsync()
    {
        await _driver.DisposeAsync();

        await Robots.DisposeAsync();
        await App.DisposeAsync();
        await Cloud.DisposeAsync();
        await _databases.DisposeAsync();
    }
}
