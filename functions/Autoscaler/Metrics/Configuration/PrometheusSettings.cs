using System.Net.Http.Headers;
using System.Text;
using Functions.Autoscaler.Metrics.Prometheus;
using Functions.Scf.Configuration;

namespace Functions.Autoscaler.Metrics.Configuration;

/// <summary>Reads the Prometheus source's settings; needed only when some metric is routed to Prometheus.</summary>
internal static class PrometheusSettings
{
    public static PrometheusOptions? Read(SettingsReader settings, MetricsRouting routing)
    {
        var url = settings.Url("AUTOSCALER_PROMETHEUS_URL", "http", "https");
        if (url is null && settings.Text("AUTOSCALER_PROMETHEUS_URL") is null)
        {
            settings.Problem("AUTOSCALER_PROMETHEUS_URL", "is required when AUTOSCALER_METRICS_SOURCE routes a metric to prometheus");
        }
        else if (url is not null && url.UserInfo.Length > 0)
        {
            settings.Problem("AUTOSCALER_PROMETHEUS_URL", "must not carry credentials; use AUTOSCALER_PROMETHEUS_USERNAME and AUTOSCALER_PROMETHEUS_PASSWORD");
        }

        var queries = ReadQueries(settings);
        foreach (var metric in routing.Overrides.Where(o => o.Value == MetricsSourceKind.Prometheus).Select(o => o.Key).Where(m => queries is not null && !queries.ContainsKey(m)))
        {
            settings.Problem("AUTOSCALER_PROMETHEUS_QUERIES", $"has no query for '{metric}', which AUTOSCALER_METRICS_SOURCE routes to prometheus");
        }

        var authorization = ReadAuthorization(settings);
        var timeout = settings.Milliseconds("AUTOSCALER_PROMETHEUS_TIMEOUT_MS", PrometheusOptions.DefaultAttemptTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60));
        return url is null || queries is null ? null : new PrometheusOptions(WithTrailingSlash(url), queries, authorization, timeout);
    }

    private static IReadOnlyDictionary<string, string>? ReadQueries(SettingsReader settings)
    {
        if (settings.Text("AUTOSCALER_PROMETHEUS_QUERIES") is not { } text)
        {
            settings.Problem("AUTOSCALER_PROMETHEUS_QUERIES", "is required when a metric is routed to prometheus (e.g. {\"requests\":\"sum(rate(http_requests_total[2m]))\"})");
            return null;
        }

        try
        {
            return PrometheusQueries.Parse(text);
        }
        catch (FormatException e)
        {
            settings.Problem("AUTOSCALER_PROMETHEUS_QUERIES", e.Message);
            return null;
        }
    }

    private static AuthenticationHeaderValue? ReadAuthorization(SettingsReader settings)
    {
        var token = settings.Text("AUTOSCALER_PROMETHEUS_BEARER_TOKEN");
        var user = settings.Text("AUTOSCALER_PROMETHEUS_USERNAME");
        var password = settings.Text("AUTOSCALER_PROMETHEUS_PASSWORD");
        if (token is not null && (user is not null || password is not null))
        {
            settings.Problem("AUTOSCALER_PROMETHEUS_BEARER_TOKEN", "and AUTOSCALER_PROMETHEUS_USERNAME/PASSWORD are alternatives: set one of them");
            return null;
        }

        if ((user is null) != (password is null))
        {
            settings.Problem(user is null ? "AUTOSCALER_PROMETHEUS_USERNAME" : "AUTOSCALER_PROMETHEUS_PASSWORD",
                "must be set together with " + (user is null ? "AUTOSCALER_PROMETHEUS_PASSWORD" : "AUTOSCALER_PROMETHEUS_USERNAME"));
            return null;
        }

        return token is not null ? new AuthenticationHeaderValue("Bearer", token)
            : user is not null ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")))
            : null;
    }

    private static Uri WithTrailingSlash(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}
