using System.Globalization;
using System.Text.Json;

namespace Functions.AlertBench;

/// <summary>
/// The same alarm in each side's format: a Cloud Monitor metric alarm inside the Function URL HTTP event, as
/// `bootstrap serve` receives it on POST /event-invoke (the shape of AlertHandlerHarness.MetricAlarm and Http), and
/// an Alertmanager v2 alert with the labels our parser derives from it.
/// </summary>
internal static class CallbackPayloads
{
    public static string FunctionUrlEvent(int alarm, DateTimeOffset firstOccurred, string token)
    {
        var policy = Storm.PolicyId(alarm);
        var level = Storm.IsCritical(alarm) ? "Serious" : "Warn";
        var first = firstOccurred.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var body = $$$"""
            {"sessionId":"s-{{{policy}}}","alertId":"s-{{{policy}}}_{{{level}}}","alarmStatus":"1","alarmType":"metric",
             "alarmObjInfo":{"region":"gz","namespace":"qce/tcb_docker","appId":"1250000000","uin":"100000000001",
                             "dimensions":{"serviceid":"superinsight","objName":"superinsight"}},
             "alarmPolicyInfo":{"policyId":"{{{policy}}}","policyType":"tcb_docker","policyName":"{{{policy}}} CPU high","policyTypeCName":"CloudBase Run",
                                "conditions":{"metricName":"cpu_usage","metricShowName":"CPU utilization","calcType":">","calcValue":"90","calcUnit":"%",
                                              "currentValue":"97","unit":"%","period":"60","periodNum":"1","alarmNotifyType":"continuousAlarm","alarmNotifyPeriod":300}},
             "firstOccurTime":"{{{first}}}","durationTime":300,"recoverTime":"0"}
            """;
        var headers = $"{{\"content-type\":\"application/json\",\"x-alert-token\":\"{token}\"}}";
        return "{\"httpMethod\":\"POST\",\"path\":\"/\",\"headers\":" + headers + ",\"queryString\":{},\"body\":\"" + JsonEncodedText.Encode(body) + "\",\"isBase64Encoded\":false}";
    }

    public static string AlertmanagerAlert(int alarm, DateTimeOffset firstOccurred)
    {
        var policy = Storm.PolicyId(alarm);
        var severity = Storm.IsCritical(alarm) ? "critical" : "warning";
        var startsAt = firstOccurred.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        return $$"""
            [{"labels":{"alertname":"{{policy}} CPU high","severity":"{{severity}}","policy_id":"{{policy}}","namespace":"qce/tcb_docker","metric":"cpu_usage","object":"superinsight"},
              "annotations":{"summary":"CPU utilization > 90 %","value":"97"},"startsAt":"{{startsAt}}"}]
            """;
    }
}
