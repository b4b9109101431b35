using Functions.DeployOrchestrator.Configuration.Documents;
using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.Configuration;

/// <summary>Validates a service's health checks and applies their defaults.</summary>
internal static class HealthCheckMapper
{
    /// <summary>Maps the health checks.</summary>
    /// <param name="documents">The <c>healthChecks</c> object, or null.</param>
    /// <param name="path">The service's path.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <returns>The valid checks by name.</returns>
    public static Dictionary<string, HealthCheck> Map(Dictionary<string, HealthCheckDocument>? documents, string path, List<string> problems)
    {
        var checks = new Dictionary<string, HealthCheck>(StringComparer.Ordinal);
        foreach (var (name, document) in documents ?? [])
        {
            var at = $"{path}.healthChecks.{name}";
            var before = problems.Count;
            if (document is null)
            {
                problems.Add($"{at}: a health check cannot be null");
                continue;
            }

            if (string.IsNullOrWhiteSpace(document.Url))
            {
                problems.Add($"{at}.url: required");
            }
            else if (!Uri.TryCreate(document.Url.Replace("{version}", "v", StringComparison.Ordinal).Replace("{service}", "s", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"))
            {
                problems.Add($"{at}.url: '{document.Url}' is not an absolute http(s) URL ({{version}} and {{service}} are replaced)");
            }

            if ((document.JsonField is null) != (document.ExpectValue is null))
            {
                problems.Add($"{at}: jsonField and expectValue go together (the field must equal the value)");
            }

            var check = new HealthCheck(
                name,
                document.Url ?? string.Empty,
                ConfigValues.Number(document.ExpectStatus, DeployDefaults.ExpectStatus, 100, 599, $"{at}.expectStatus", problems),
                document.JsonField,
                document.ExpectValue,
                ConfigValues.Number(document.ConsecutiveSuccesses, DeployDefaults.ConsecutiveSuccesses, 1, int.MaxValue, $"{at}.consecutiveSuccesses", problems),
                ConfigValues.Number(document.FailureLimit, DeployDefaults.HealthFailureLimit, 0, int.MaxValue, $"{at}.failureLimit", problems),
                ConfigValues.Duration(document.Interval, DeployDefaults.ProbeInterval, $"{at}.interval", problems),
                ConfigValues.Duration(document.Timeout, DeployDefaults.ProbeTimeout, $"{at}.timeout", problems),
                ConfigValues.Duration(document.Deadline, DeployDefaults.HealthDeadline, $"{at}.deadline", problems));
            if (problems.Count == before)
            {
                checks.Add(name, check);
            }
        }

        return checks;
    }
}
