namespace Functions.Scf.Events;

/// <summary>The kinds of event an SCF function can receive, as told apart by <see cref="EventClassifier"/>.</summary>
public enum EventKind
{
    /// <summary>A timer trigger: <c>{"Type":"Timer","TriggerName":…,"Time":…,"Message":…}</c>.</summary>
    Timer,

    /// <summary>An HTTP request from a Function URL or an API Gateway integration.</summary>
    Http,

    /// <summary>COS object notifications: <c>{"Records":[{"cos":…,"event":…}]}</c>.</summary>
    Cos,

    /// <summary>A direct command from a manual invoke or another function: <c>{"command":"…",…}</c>.</summary>
    Command,

    /// <summary>A Cloud Monitor alarm delivered straight to the function (callback address <c>SCF:…</c>).</summary>
    Alarm,
}
