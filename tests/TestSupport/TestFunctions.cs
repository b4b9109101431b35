using Functions.Scf.Configuration;
using Functions.Scf.Events;
using Functions.Scf.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.TestSupport;

/// <summary>Function definitions around a <see cref="DelegateHandler"/>, for in-process host tests.</summary>
public static class TestFunctions
{
    /// <summary>A definition serving commands, timers and HTTP with the given handler.</summary>
    /// <param name="handler">The handler.</param>
    /// <param name="configure">Extra configuration (settings, health checks).</param>
    /// <returns>The definition.</returns>
    public static FunctionDefinition Definition(IFunctionHandler handler, Action<FunctionServices>? configure = null) => new()
    {
        Name = "TestFunction",
        Summary = "In-process test function.",
        EventKinds = [EventKind.Command, EventKind.Timer, EventKind.Http],
        Commands = [new("echo", "Echo the event.")],
        Variables = [new("TEST_TOKEN", "A secret.", Sensitivity: Sensitivity.Secret)],
        ConfigureServices = services =>
        {
            services.Services.AddSingleton(handler);
            configure?.Invoke(services);
        },
    };

    /// <summary>Builds the application over the definition.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="log">Where logs go.</param>
    /// <param name="time">The clock.</param>
    /// <param name="environment">The environment.</param>
    /// <returns>The application.</returns>
    public static FunctionApplication Build(
        FunctionDefinition definition, TextWriter log, TimeProvider time, Dictionary<string, string?>? environment = null) =>
        // Without ssm:// references the build completes synchronously.
        FunctionApplication.BuildAsync(definition, environment ?? [], log, time, CancellationToken.None).GetAwaiter().GetResult();
}
