namespace Functions.Autoscaler.Documents;

/// <summary>
/// The what-if form of a decision's inputs, as operators write it in an <c>evaluate</c> event and as every
/// recorded decision stores them. Omitted fields take the configured policy or an empty history.
/// </summary>
internal sealed class DecisionInputsDocument
{
    public DateTimeOffset? Now { get; init; }

    public int? CurrentInstances { get; init; }

    public List<MetricReadingDocument>? Metrics { get; init; }

    public PolicyDocument? Policy { get; init; }

    public List<RecommendationDocument>? Recommendations { get; init; }

    public List<ScaleEventDocument>? Events { get; init; }

    public PinDocument? Pin { get; init; }

    public AlarmDocument? Alarm { get; init; }

    public List<string>? TakenAlarmIds { get; init; }
}
