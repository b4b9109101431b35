using Functions.AlertHandler.Alerts;

namespace Functions.AlertHandler.State;

/// <summary>An alert as a group holds it.</summary>
/// <param name="Alert">The alert, as last delivered.</param>
/// <param name="UpdatedAt">When it last changed.</param>
internal sealed record StoredAlert(Alert Alert, DateTimeOffset UpdatedAt);
