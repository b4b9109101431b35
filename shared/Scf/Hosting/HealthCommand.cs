using Functions.Scf.Errors;
using Functions.Scf.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Functions.Scf.Hosting;

/// <summary>
/// The <c>health</c> command every function answers: runs the dependency checks the function registered
/// (PostgreSQL, Redis, …) and reports each. Unhealthy is an error, so scripts and <c>invoke</c>'s exit code see it.
/// </summary>
public static class HealthCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "health";

    /// <summary>Its help entry.</summary>
    public static readonly CommandInfo Info = new(Name, "Check the configured dependencies (databases, Redis, endpoints) and report each.");

    /// <summary>Runs the checks.</summary>
    /// <param name="function">The function.</param>
    /// <param name="services">The root services.</param>
    /// <param name="cancellationToken">The invocation's token.</param>
    /// <returns>The report, when healthy.</returns>
    /// <exception cref="FunctionException">With type <c>Unhealthy</c>, naming the failing checks.</exception>
    public static async Task<InvocationResult> RunAsync(FunctionDefinition function, IServiceProvider services, CancellationToken cancellationToken)
    {
        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(cancellationToken);
        var summary = new HealthSummary(
            function.Name,
            function.Version,
            report.Status.ToString(),
            Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            report.Entries
                .Select(e => new HealthCheckSummary(e.Key, e.Value.Status.ToString(), Math.Round(e.Value.Duration.TotalMilliseconds, 1), e.Value.Description ?? e.Value.Exception?.Message))
                .ToArray());

        if (report.Status == HealthStatus.Unhealthy)
        {
            var failing = summary.Checks.Where(c => c.Status == nameof(HealthStatus.Unhealthy)).Select(c => $"{c.Name}: {c.Description}");
            throw new FunctionException("Unhealthy", $"{function.Name} is unhealthy. {string.Join("; ", failing)}");
        }

        return InvocationResult.From(summary, ScfJson.Context.HealthSummary);
    }
}
