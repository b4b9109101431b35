namespace Functions.AlertHandler.Routing;

/// <summary>
/// Mutes alerts matching <see cref="TargetMatchers"/> while an alert matching <see cref="SourceMatchers"/> fires with the
/// same values of the <see cref="Equal"/> labels.
/// </summary>
/// <param name="Index">The rule's position in <c>inhibit_rules</c>, to say which rule inhibited.</param>
/// <param name="SourceMatchers">What the inhibiting alert matches.</param>
/// <param name="TargetMatchers">What the inhibited alert matches.</param>
/// <param name="Equal">Labels whose values must be equal in both (a missing label equals an empty one).</param>
internal sealed record InhibitRule(int Index, Matchers SourceMatchers, Matchers TargetMatchers, IReadOnlyList<string> Equal);
