namespace Functions.Autoscaler.Policy;

/// <summary>A raw recommendation of an earlier evaluation, kept for the stabilisation windows.</summary>
/// <param name="At">When it was made.</param>
/// <param name="Instances">The count the metrics asked for before behaviour was applied.</param>
internal sealed record Recommendation(DateTimeOffset At, int Instances);
