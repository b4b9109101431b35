using Functions.TestSupport;

namespace Functions.AlertHandler.Tests;

/// <summary>
/// The least configuration the AlertHandler starts with: the sample routing file with its channels' variables set,
/// and the local PostgreSQL and Redis (unreachable placeholders when they are not running, which only the health
/// checks notice).
/// </summary>
internal static class ContractEnvironment
{
    public static Dictionary<string, string> Create() => new()
    {
        ["ALERT_CONFIG_FILE"] = Path.Combine(TestEnvironment.RepoRoot, "samples", "config", "alerthandler.json"),
        ["WECOM_ONCALL_URL"] = "http://127.0.0.1:9/cgi-bin/webhook/send?key=contract",
        ["ONCALL_WEBHOOK_URL"] = "http://127.0.0.1:9/hook",
        ["DINGTALK_DBA_URL"] = "http://127.0.0.1:9/robot/send?access_token=contract",
        ["DINGTALK_DBA_SECRET"] = "SECcontract",
        ["FEISHU_TEAM_URL"] = "http://127.0.0.1:9/open-apis/bot/v2/hook/contract",
        ["FEISHU_TEAM_SECRET"] = "contract",
        ["DATABASE_URL"] = System.Environment.GetEnvironmentVariable("DATABASE_URL") ?? "postgres://ops:unreachable@127.0.0.1:9/ops",
        ["REDIS_URL"] = System.Environment.GetEnvironmentVariable("REDIS_URL") ?? "redis://127.0.0.1:9",
    };
}
