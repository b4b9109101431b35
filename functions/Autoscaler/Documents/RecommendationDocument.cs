namespace Functions.Autoscaler.Documents;

/// <summary>An earlier raw recommendation: <c>{"at":"2026-11-27T11:58:00Z","instances":5}</c>.</summary>
internal sealed class RecommendationDocument
{
    public DateTimeOffset? At { get; init; }

    public int? Instances { get; init; }
}
