using System.Text.Json;
using Functions.Scf.Hosting;
using Functions.TestSupport;
using Functions.TestSupport.CloudApi;
using Functions.TestSupport.Robots;

namespace Functions.AlertHandler.Tests.Runs;

/// <summary>
/// The AlertHandler built from configuration like the real one, on a shifted clock, with a scratch PostgreSQL
/// database, the local Redis (its own key prefix), the signature-verifying Tencent Cloud API emulator (the Autoscaler,
/// Backup and the AlertHandler itself as SCF functions; the service on CloudBase Run) and robots on loopback.
/// </summary>
internal sealed class AlertHandlerHarness : IAsyncDisposable
{
    public const string Token = "callback-token-3f9d1c";
    public const string EnvId = "env-alerts";
    public const string Autoscaler = "superinsight-ops-autoscaler";
    public const string Backup = "superinsight-ops-backup";
    public const string Self = "superinsight-ops-alerts";

    private readonly ScratchDatabases _databases;
    private readonly FunctionDriver _driver;

    private AlertHandlerHarness(TencentCloudApiEmulator cloud, RobotEmulator robots, ScratchDatabases databases, string databaseUrl)
    {
        _driver = new FunctionDriver(cloud, "ap-guangzhou") { TimeLimit = TimeSpan.FromSeconds(6) };
        Cloud = cloud;
        Robots = robots;
        _databases = databases;
        DatabaseUrl = databaseUrl;
    }

    public TencentCloudApiEmulator Cloud { get; }

    public RobotEmulator Robots { get; }

    public ShiftedTimeProvider Time => _driver.Time;

    public string DatabaseUrl { get; }

    /// <summary>A receiver name of its own, so parallel tests never share a token bucket in the one Redis.</summary>
    public string Receiver { get; } = $"oncall-{Guid.NewGuid().ToString("N")[..8]}";

    public string Log => _driver.Log;

    public static async Task<AlertHandlerHarness> StartAsync(CancellationToken cancellationToken)
    {
        var cloud = await TencentCloudApiEmulator.StartAsync();
        cloud.Scf.AddFunction(Autoscaler, e => ("""{"applied":true,"desired":3}""", null));
        cloud.Scf.AddFunction(Backup);
        cloud.Scf.AddFunction(Self);
        cloud.CloudRun.AddService(EnvId, "superinsight", "ccr.ccs.tencentyun.com/superinsight/api:v1");
        var databases = new ScratchDatabases();
        var robots = await RobotEmulator.StartAsync(TimeProvider.System);
        return new AlertHandlerHarness(cloud, robots, databases, await databases.CreateAsync("alerts", cancellationToken));
    }

    /// <summary>
    /// The routing used unless a test gives its own: critical alarms scale up (10 min cooldown) and restart; every
    /// alarm notifies WeCom (firing only) and the webhook (firing and resolved); grouped by alert name; a critical alarm
    /// inhibits the warning of the same policy.
    /// </summary>
    public string DefaultConfig(string groupWait = "30s") => $$"""
        {
          "route": {
            "receiver": "{{Receiver}}", "group_by": ["alertname"], "group_wait": "{{groupWait}}", "group_interval": "5m", "repeat_interval": "4h",
            "routes": [
              { "matchers": ["severity=\"critical\""], "actions": [{ "type": "scale_up", "cooldown": "10m" }, { "type": "notify" }] }
            ]
          },
          "receivers": [
            { "name": "{{Receiver}}", "wecom": [{ "url_env": "TEST_WECOM_URL", "send_resolved": false }], "webhook": [{ "url_env": "TEST_WEBHOOK_URL", "secret_env": "TEST_WEBHOOK_TOKEN" }] }
          ],
          "inhibit_rules": [
            { "source_matchers": ["severity=\"critical\""], "target_matchers": ["severity=\"warning\""], "equal": ["policy_id"] }
          ]
        }
        """;

    /// <summary>Builds the function; call once.</summary>
    public void Build(Dictionary<string, string?>? settings = null)
    {
        var environment = new Dictionary<string, string?>
        {
            ["TCB_ENV_ID"] = EnvId,
            ["ALERT_CALLBACK_TOKEN"] = Token,
            ["ALERT_CONFIG"] = DefaultConfig(),
            ["ALERT_FLUSH_FUNCTION"] = Self,
            ["ALERT_REDIS_PREFIX"] = $"alert-test-{Guid.NewGuid():N}:",
            ["TEST_WECOM_URL"] = Robots.WeComUrl.ToString(),
            ["TEST_WEBHOOK_URL"] = Robots.WebhookUrl.ToString(),
            ["TEST_WEBHOOK_TOKEN"] = RobotEmulator.WebhookToken,
            ["DATABASE_URL"] = DatabaseUrl,
            ["REDIS_URL"] = TestEnvironment.RequireVariable("REDIS_URL"),
        };
        foreach (var (key, value) in settings ?? [])
        {
            environment[key] = value;
        }

        _driver.Build(AlertHandlerFunction.Definition, environment);
    }

    /// <summary>A Cloud Monitor metric alarm as its callback body.</summary>
    public static string MetricAlarm(string policy, bool firing, string level = "Serious", string first = "2026-11-27 10:00:00", string recover = "0", string value = "97") => $$$"""
        {"sessionId":"s-{{{policy}}}","alertId":"s-{{{policy}}}_{{{level}}}","alarmStatus":"{{{(firing ? 1 : 0)}}}","alarmType":"metric",
         "alarmObjInfo":{"region":"gz","namespace":"qce/tcb_docker","appId":"1250000000","uin":"100000000001",
                         "dimensions":{"serviceid":"superinsight","objName":"superinsight"}},
         "alarmPolicyInfo":{"policyId":"{{{policy}}}","policyType":"tcb_docker","policyName":"{{{policy}}} CPU high","policyTypeCName":"CloudBase Run",
                            "conditions":{"metricName":"cpu_usage","metricShowName":"CPU utilization","calcType":">","calcValue":"90","calcUnit":"%",
                                          "currentValue":"{{{value}}}","unit":"%","period":"60","periodNum":"1","alarmNotifyType":"continuousAlarm","alarmNotifyPeriod":300}},
         "firstOccurTime":"{{{first}}}","durationTime":300,"recoverTime":"{{{recover}}}"}
        """;

    /// <summary>The Function URL event carrying <paramref name="body"/>, with the token in a header (or none).</summary>
    public static string Http(string body, string? token = Token)
    {
        var headers = token is null ? "{\"content-type\":\"application/json\"}" : $"{{\"content-type\":\"application/json\",\"x-alert-token\":\"{token}\"}}";
        return "{\"httpMethod\":\"POST\",\"path\":\"/\",\"headers\":" + headers + ",\"queryString\":{},\"body\":" + "\"" + JsonEncodedText.Encode(body) + "\"" + ",\"isBase64Encoded\":false}";
    }

    public void Advance(TimeSpan by) => _driver.Advance(by);

    public Task<(JsonElement? Result, InvocationError? Error)> InvokeAsync(string eventJson, CancellationToken cancellationToken, TimeSpan? timeLimit = null) =>
        _driver.InvokeAsync(eventJson, cancellationToken, timeLimit);

    public Task<JsonElement> SucceedAsync(string eventJson, CancellationToken cancellationToken) => _driver.SucceedAsync(eventJson, cancellationToken);

    /// <summary>Posts a callback and returns the HTTP status and the parsed body.</summary>
    public async Task<(int Status, JsonElement Body)> CallbackAsync(string body, CancellationToken cancellationToken, string? token = Token)
    {
        var response = await SucceedAsync(Http(body, token), cancellationToken);
        return (response.GetProperty("statusCode").GetInt32(), JsonDocument.Parse(response.GetProperty("body").GetString()!).RootElement.Clone());
    }

    public Task<JsonElement> FlushAsync(CancellationToken cancellationToken) => SucceedAsync("""{"command":"flush"}""", cancellationToken);

    public Task<JsonElement> StatusAsync(CancellationToken cancellationToken) => SucceedAsync("""{"command":"status"}""", cancellationToken);

    /// <summary>The Autoscaler's scale invocations (synchronous, each with its alarm id).</summary>
    public IReadOnlyList<ScfInvocation> ScaleInvocations => Cloud.Scf.Invocations.Where(i => i.FunctionName == Autoscaler).ToArray();

    public async ValueTask DisposeAsync()
    {
        await _driver.DisposeAsync();

        await Robots.DisposeAsync();
        await Cloud.DisposeAsync();
        await _databases.DisposeAsync();
    }
}
