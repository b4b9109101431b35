using Functions.Scf.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.Scf.Hosting;

/// <summary>What a function's <see cref="FunctionDefinition.ConfigureServices"/> works with.</summary>
/// <param name="Services">The service collection to register into.</param>
/// <param name="Configuration">The configuration (config file overridden by the environment).</param>
/// <param name="Settings">Typed reading that collects problems naming each variable.</param>
/// <param name="Health">Registers dependency checks reported by the <c>health</c> command.</param>
public sealed record FunctionServices(
    IServiceCollection Services,
    IConfiguration Configuration,
    SettingsReader Settings,
    IHealthChecksBuilder Health);
