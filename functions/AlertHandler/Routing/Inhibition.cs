using Functions.AlertHandler.Alerts;

namespace Functions.AlertHandler.Routing;

/// <summary>Why an alert is inhibited.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Source">The firing alert that inhibits it.</param>
internal sealed record Inhibition(InhibitRule Rule, Alert Source);
