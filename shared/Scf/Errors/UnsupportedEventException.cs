using Functions.Scf.Events;

namespace Functions.Scf.Errors;

/// <summary>The event is well formed but of a kind the function does not serve.</summary>
/// <param name="function">The function's name.</param>
/// <param name="kind">The kind that arrived.</param>
/// <param name="accepted">The kinds the function serves.</param>
public sealed class UnsupportedEventException(string function, EventKind kind, IEnumerable<EventKind> accepted)
    : FunctionException(
        ErrorTypes.UnsupportedEvent,
        $"{function} does not serve {EventKinds.Describe(kind)} events; it accepts: {string.Join(", ", accepted.Select(EventKinds.Describe))}.");
