using Functions.Scf.Cloud;
using Functions.Scf.Configuration;
using Functions.Scf.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Functions.TencentCloud.Api;
using Functions.TencentCloud.Ssm;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.Scf.Hosting;

/// <summary>
/// A function's services, built once per process from validated configuration; each invocation gets its own
/// scope. There is no generic host: the runtime loop is the program, and start-up time is billed.
/// </summary>
public sealed class FunctionApplication : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private FunctionApplication(FunctionDefinition function, ServiceProvider services, HostOptions options)
    {
        Function = function;
        _services = services;
        Options = options;
        Logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Functions.Scf.Host");
    }

    /// <summary>The hosted function.</summary>
    public FunctionDefinition Function { get; }

    /// <summary>The host's validated settings.</summary>
    public HostOptions Options { get; }

    /// <summary>The root service provider.</summary>
    public IServiceProvider Services => _services;

    /// <summary>The host's logger.</summary>
    public ILogger Logger { get; }

    /// <summary>Reads and validates configuration (resolving <c>ssm://</c> references) and builds the services.</summary>
    /// <param name="function">The function to host.</param>
    /// <param name="environment">The environment variables.</param>
    /// <param name="logOutput">Where JSON log lines go.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Cancels resolving references.</param>
    /// <returns>The application.</returns>
    /// <exception cref="ConfigurationException">Any setting is invalid; every problem names its variable.</exception>
    public static async Task<FunctionApplication> BuildAsync(
        FunctionDefinition function, IReadOnlyDictionary<string, string?> environment, TextWriter logOutput, TimeProvider time, CancellationToken cancellationToken)
    {
        var (configuration, resolvedSecrets) = await ResolveReferencesAsync(FunctionConfiguration.Build(environment), time, cancellationToken);
        var settings = new SettingsReader(configuration);
        var options = HostOptions.Read(settings);
        var redactor = SecretRedactor.FromConfiguration(configuration, function.AllVariables, resolvedSecrets);

        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(options);
        services.AddSingleton(redactor);
        services.AddLogging(logging => logging
            .SetMinimumLevel(options.LogLevel)
            .AddProvider(new JsonLineLoggerProvider(logOutput, redactor, time, options.LogLevel)));
        var health = services.AddHealthChecks();

        function.ConfigureServices(new FunctionServices(services, configuration, settings, health));
        settings.ThrowIfInvalid();
        if (!services.Any(d => d.ServiceType == typeof(IFunctionHandler)))
        {
            throw new InvalidOperationException($"{function.Name} registers no {nameof(IFunctionHandler)}.");
        }

        return new FunctionApplication(function, services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), options);
    }

    // ssm:// values are read once, before anything else sees the configuration; what they resolve to is secret.
    private static async Task<(IConfiguration Configuration, IReadOnlyList<string?> Secrets)> ResolveReferencesAsync(
        IConfigurationRoot configuration, TimeProvider time, CancellationToken cancellationToken)
    {
        var references = SsmReferences.Find(configuration);
        if (references.Count == 0)
        {
            return (configuration, []);
        }

        var settings = new SettingsReader(configuration);
        var apiOptions = CloudApiSettings.Read(settings);
        settings.ThrowIfInvalid();
        var client = CloudApiServices.CreateClient(apiOptions, configuration, time, NullLogger<TencentCloudApiClient>.Instance);
        var resolved = await SsmReferences.ResolveAsync(references, new SsmClient(client), cancellationToken);
        var layered = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(resolved).Build();
        return (layered, resolved.Values.ToArray());
    }

    /// <summary>The invocation runner for a transport.</summary>
    /// <param name="mode">The transport.</param>
    /// <returns>The runner.</returns>
    public InvocationRunner CreateRunner(HostMode mode) => new(Function, _services) { Mode = mode };

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
