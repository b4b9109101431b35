using Functions.TestSupport;

namespace Functions.DeployOrchestrator.Tests;

/// <summary>
/// The least configuration the DeployOrchestrator starts with: the sample deployment file with its receivers'
/// variables set, an environment id, and the local PostgreSQL (an unreachable placeholder when it is not running,
/// which only the health check notices).
/// </summary>
internal static class ContractEnvironment
{
    public static Dictionary<string, string> Create()
    {
        var environment = new Dictionary<string, string>
        {
            ["DEPLOY_CONFIG_FILE"] = Path.Combine(TestEnvironment.RepoRoot, "samples", "config", "deploy.json"),
            ["TCB_ENV_ID"] = "env-contract",
            ["DATABASE_URL"] = System.Environment.GetEnvironmentVariable("DATABASE_URL") ?? "postgres://ops:unreachable@127.0.0.1:9/ops",
        };
        foreach (var variable in ReceiverVariables())
        {
            environment[variable] = variable.EndsWith("URL", StringComparison.Ordinal) ? "http://127.0.0.1:9/hook?key=contract" : "contract-secret";
        }

        return environment;
    }

    // Whatever url_env and secret_env the sample names.
    private static IEnumerable<string> ReceiverVariables()
    {
        var text = File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "samples", "config", "deploy.json"));
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(text, "\"(?:url_env|secret_env)\"\\s*:\\s*\"([A-Z0-9_]+)\""))
        {
            yield return match.Groups[1].Value;
        }
    }
}
