using System.CommandLine;
using System.CommandLine.Help;
using Functions.Scf.Configuration;
using Functions.Scf.Image;
using Functions.Scf.Runtime;

namespace Functions.Scf.Hosting;

/// <summary>
/// The entry point of every function's <c>bootstrap</c>: one handler, three ways in. With
/// <c>SCF_RUNTIME_API</c> set it runs the Custom Runtime loop; <c>serve</c> runs the image-function server;
/// <c>invoke</c> runs one event locally.
/// </summary>
public static class FunctionHost
{
    /// <summary>Runs the function as the command line and environment say.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="function">The function.</param>
    /// <returns>The process exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, FunctionDefinition function)
    {
        using var signal = new ShutdownSignal();
        return await RunAsync(args, function, FunctionConfiguration.ProcessEnvironment(), HostConsole.System(), TimeProvider.System, signal.Token);
    }

    /// <summary>Runs the function against explicit environment, console and clock (used by tests).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="function">The function.</param>
    /// <param name="environment">The environment variables.</param>
    /// <param name="console">The standard streams.</param>
    /// <param name="time">The clock.</param>
    /// <param name="shutdown">Cancelled to stop.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(
        string[] args,
        FunctionDefinition function,
        IReadOnlyDictionary<string, string?> environment,
        HostConsole console,
        TimeProvider time,
        CancellationToken shutdown)
    {
        var cli = new HostCommandLine(function);
        var parsed = cli.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync(error.Message);
            }

            await console.Error.WriteLineAsync("Run 'bootstrap --help' for modes, commands and configuration.");
            return ExitCodes.UsageOrConfiguration;
        }

        if (parsed.Action is not null && !ReferenceEquals(parsed.Action, HostCommandLine.ModeAction))
        {
            parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
            if (parsed.Action is HelpAction && parsed.CommandResult.Command is RootCommand)
            {
                await console.Out.WriteAsync(HelpText.Sections(function));
            }

            return ExitCodes.Success;
        }

        try
        {
            return await RunModeAsync(cli, parsed, function, environment, console, time, shutdown);
        }
        catch (Exception e) when (e is ConfigurationException or UsageException)
        {
            await console.Error.WriteLineAsync($"{function.Name}: {e.Message}");
            return ExitCodes.UsageOrConfiguration;
        }
    }

    private static async Task<int> RunModeAsync(
        HostCommandLine cli,
        ParseResult parsed,
        FunctionDefinition function,
        IReadOnlyDictionary<string, string?> environment,
        HostConsole console,
        TimeProvider time,
        CancellationToken shutdown)
    {
        var command = parsed.CommandResult.Command;
        if (command == cli.Invoke)
        {
            var eventJson = await LocalInvoker.ReadEventAsync(parsed.GetValue(cli.EventOption)!, console.Stdin, shutdown);
            await using var application = await FunctionApplication.BuildAsync(function, environment, console.Error, time, shutdown);
            var timeout = parsed.GetValue(cli.TimeoutOption);
            var request = new InvocationRequest(
                parsed.GetValue(cli.RequestIdOption) ?? $"local-{Guid.NewGuid():N}",
                timeout is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
                MemoryLimitMb: null);
            return await LocalInvoker.RunAsync(application, eventJson, request, console.Stdout, console.Error, shutdown);
        }

        if (command == cli.Serve)
        {
            await using var application = await FunctionApplication.BuildAsync(function, environment, console.Out, time, shutdown);
            var server = new ImageFunctionServer(application.CreateRunner(HostMode.ImageFunction), application.Options.MaxEventBytes, application.Logger);
            return await server.RunAsync(parsed.GetValue(cli.PortOption), shutdown);
        }

        if (RuntimeApiEndpoint.IsConfigured(environment))
        {
            var endpoint = RuntimeApiEndpoint.Resolve(environment);
            await using var application = await FunctionApplication.BuildAsync(function, environment, console.Out, time, shutdown);
            using var client = new RuntimeApiClient(endpoint, time);
            return await new RuntimeLoop(client, application.CreateRunner(HostMode.CustomRuntime), application.Logger).RunAsync(shutdown);
        }

        throw new UsageException(
            $"No mode given: SCF Custom Runtime sets {RuntimeApiEndpoint.HostVariable}/{RuntimeApiEndpoint.PortVariable}; " +
            "otherwise run 'bootstrap serve' (image function) or 'bootstrap invoke --event FILE' (local). See 'bootstrap --help'.");
    }
}
