namespace Functions.Autoscaler.Documents;

/// <summary>An operator's pin: <c>{"instances":5,"until":"…","reason":"launch"}</c>.</summary>
internal sealed class PinDocument
{
    public int? Instances { get; init; }

    public DateTimeOffset? Until { get; init; }

    public string? Reason { get; init; }
}
