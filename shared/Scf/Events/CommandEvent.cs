using System.Text.Json;

namespace Functions.Scf.Events;

/// <summary>A direct command: <c>{"command":"name", …arguments}</c>.</summary>
/// <param name="Json">The whole event; the command's arguments are its other fields.</param>
/// <param name="Name">The command's name.</param>
public sealed record CommandEvent(JsonElement Json, string Name) : InvocationEvent(Json)
{
    /// <inheritdoc />
    public override EventKind Kind => EventKind.Command;

    /// <summary>A reader over the arguments that names the command in its errors.</summary>
    public JsonFields Arguments => new(Json, $"command '{Name}'", static message => new Errors.InvalidArgumentsException(message));
}
