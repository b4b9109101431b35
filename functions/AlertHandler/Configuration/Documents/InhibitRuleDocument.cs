namespace Functions.AlertHandler.Configuration.Documents;

/// <summary>An inhibition rule as written.</summary>
internal sealed class InhibitRuleDocument
{
    public List<string>? SourceMatchers { get; init; }

    public List<string>? TargetMatchers { get; init; }

    public List<string>? Equal { get; init; }
}
