namespace Functions.AlertHandler.Alerts;

/// <summary>
/// One alert, whatever sent it: a Cloud Monitor metric or event alarm, or an Alertmanager webhook alert. Routing,
/// grouping, inhibition and silences only look at <see cref="Labels"/>, as Alertmanager does.
/// </summary>
/// <param name="Fingerprint">A stable hash of the source and the labels that identify the alert (not its state).</param>
/// <param name="Source">Who sent it.</param>
/// <param name="Status">Firing or resolved.</param>
/// <param name="Labels">Identifying labels (see <see cref="AlertLabels"/> for the names Cloud Monitor alarms get).</param>
/// <param name="Annotations">Descriptive values: current value, threshold, summary, link.</param>
/// <param name="StartsAt">When the alert first fired.</param>
/// <param name="EndsAt">When it resolved; null while firing.</param>
/// <param name="DeliveryId">The sender's id of this occurrence (Cloud Monitor's alertId or sessionId); null when none.</param>
public sealed record Alert(
    string Fingerprint,
    AlertSource Source,
    AlertStatus Status,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string? DeliveryId)
{
    /// <summary>A label's value, or the empty string when absent (Alertmanager: a missing label equals an empty one).</summary>
    /// <param name="name">The label.</param>
    /// <returns>The value.</returns>
    public string Label(string name) => Labels.TryGetValue(name, out var value) ? value : string.Empty;
}
