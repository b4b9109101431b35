using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Functions.DeployBench;

/// <summary>
/// The zero-wait canary both sides walk: health check (one success), 10 %, 50 %, analysis (one measurement, no initial
/// delay), finalise. One service per run (the function's config lists them all), so every run starts from the same
/// platform state: one version, at 100 %.
/// </summary>
internal static class Canary
{
    public const string EnvId = "env-deploy-bench";
    public const string Registry = "registry.example";
    public const string StableImage = Registry + "/superinsight/app@sha256:1111111111111111111111111111111111111111111111111111111111111111";

    /// <summary>The setWeight steps, in order (what the baseline shifts traffic to).</summary>
    public static readonly int[] Weights = [10, 50];

    public static string Service(int run) => $"bench-{run:D3}";

    public static string Digest(int run) => "sha256:" + run.ToString("x64", CultureInfo.InvariantCulture);

    /// <summary>The image a push of <paramref name="run"/> names: repository without the tag, pinned by digest.</summary>
    public static string Image(int run) => $"{Registry}/superinsight/{Service(run)}@{Digest(run)}";

    /// <summary>DEPLOY_CONFIG with services 0..<paramref name="services"/>-1, each fed by its own repository.</summary>
    public static string Config(int services, Uri app)
    {
        var health = $"{app}{{version}}/health";
        var builder = new StringBuilder("{ \"services\": [");
        for (var i = 0; i < services; i++)
        {
            builder.Append(i == 0 ? "\n" : ",\n").Append(CultureInfo.InvariantCulture, $$$"""
                {
                  "name": "{{{Service(i)}}}", "repositories": ["superinsight/{{{Service(i)}}}"], "tags": ["v*"], "progressDeadline": "10m",
                  "healthChecks": { "api": { "url": "{{{health}}}", "expectStatus": 200, "jsonField": "status", "expectValue": "ok",
                                             "consecutiveSuccesses": 1, "failureLimit": 0, "interval": "1s", "timeout": "2s", "deadline": "1m" } },
                  "analyses": { "errors": { "interval": "1s", "count": 1, "initialDelay": "0s", "metrics": [
                    { "name": "error-rate", "query": "sum(rate(http_errors{version=\"{version}\"}[1m]))", "max": 0.05, "noData": "fail" } ] } },
                  "strategy": { "canary": { "steps": [ { "healthCheck": "api" }, { "setWeight": 10 }, { "setWeight": 50 }, { "analysis": "errors" } ] } }
                }
                """);
        }

        return builder.Append("\n] }").ToString();
    }

    /// <summary>The TCR push webhook of run <paramref name="run"/> as a Function URL HTTP event.</summary>
    public static string PushEvent(int run, string token)
    {
        var service = Service(run);
        var body = $$$"""{"type":"pushImage","occur_at":1589106605,"event_data":{"resources":[{"digest":"{{{Digest(run)}}}","tag":"v2","resource_url":"{{{Registry}}}/superinsight/{{{service}}}:v2"}],"repository":{"name":"{{{service}}}","namespace":"superinsight","repo_full_name":"superinsight/{{{service}}}","repo_type":"private"}},"operator":"100000000001"}""";
        var headers = $"{{\"content-type\":\"application/json\",\"authentication\":\"{token}\"}}";
        return "{\"httpMethod\":\"POST\",\"path\":\"/\",\"headers\":" + headers + ",\"queryString\":{},\"body\":\"" + JsonEncodedText.Encode(body) + "\",\"isBase64Encoded\":false}";
    }
}
