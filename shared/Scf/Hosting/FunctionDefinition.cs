using System.Reflection;
using Functions.Scf.Configuration;
using Functions.Scf.Errors;
using Functions.Scf.Events;

namespace Functions.Scf.Hosting;

/// <summary>Everything the host needs to know about a function: who it is, what it accepts, what it reads,
/// and how to build its services.</summary>
public sealed class FunctionDefinition
{
    /// <summary>The function's name, e.g. "Backup".</summary>
    public required string Name { get; init; }

    /// <summary>One line on what the function does.</summary>
    public required string Summary { get; init; }

    /// <summary>The event kinds the function serves; others are refused with <c>UnsupportedEvent</c>.</summary>
    public required IReadOnlyList<EventKind> EventKinds { get; init; }

    /// <summary>The commands it accepts (the host adds <c>health</c> to every function).</summary>
    public IReadOnlyList<CommandInfo> Commands { get; init; } = [];

    /// <summary>The configuration variables it reads, beyond the host's own.</summary>
    public IReadOnlyList<ConfigVariable> Variables { get; init; } = [];

    /// <summary>Reads and validates the function's settings and registers its services, including its
    /// <see cref="IFunctionHandler"/>. Problems are recorded on the reader, naming their variables.</summary>
    public required Action<FunctionServices> ConfigureServices { get; init; }

    /// <summary>The version reported by <c>health</c> and <c>--version</c>.</summary>
    public string Version { get; init; } =
        typeof(FunctionDefinition).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The commands including the host's own.</summary>
    public IEnumerable<CommandInfo> AllCommands => Commands.Append(HealthCommand.Info);

    /// <summary>The variables including the host's own.</summary>
    public IEnumerable<ConfigVariable> AllVariables => HostOptions.Variables.Concat(Cloud.CloudApiSettings.Variables).Concat(Variables);

    /// <summary>The error for a command this function does not know, listing those it does.</summary>
    /// <param name="command">The command event.</param>
    /// <returns>The exception to throw.</returns>
    public UnknownCommandException UnknownCommand(CommandEvent command) => new(Name, command.Name, AllCommands.Select(c => c.Name));

    /// <summary>The error for an event kind this function does not serve.</summary>
    /// <param name="invocationEvent">The event.</param>
    /// <returns>The exception to throw.</returns>
    public UnsupportedEventException Unsupported(InvocationEvent invocationEvent) => new(Name, invocationEvent.Kind, EventKinds);

    /// <summary>The error for a routed behaviour that a later release fills in.</summary>
    /// <param name="what">What was asked for, e.g. "command 'backup'".</param>
    /// <returns>The exception to throw.</returns>
    public NotImplementedYetException NotImplemented(string what) => new(Name, what);
}
