namespace Functions.Scf.Events;

/// <summary>Names of event kinds as operators read them in errors, logs and help.</summary>
public static class EventKinds
{
    /// <summary>The lower-case name used in logs and messages.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>"timer", "http", "cos", "command" or "alarm".</returns>
    public static string Describe(EventKind kind) => kind switch
    {
        EventKind.Timer => "timer",
        EventKind.Http => "http",
        EventKind.Cos => "cos",
        EventKind.Command => "command",
        EventKind.Alarm => "alarm",
        _ => kind.ToString(),
    };
}
