namespace Functions.Autoscaler.Policy;

/// <summary>An operator's fixed count (<c>set</c>), which overrides the metrics until it expires.</summary>
/// <param name="Instances">The count.</param>
/// <param name="Until">When the pin ends and the metrics take over again.</param>
/// <param name="Reason">Why, as the operator gave it.</param>
internal sealed record Pin(int Instances, DateTimeOffset Until, string? Reason);
