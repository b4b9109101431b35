namespace Functions.AlertBench;

/// <summary>One side's figures.</summary>
/// <param name="Name">What ran.</param>
/// <param name="Load">The storm's latencies.</param>
/// <param name="PeakRssMb">The server's peak resident set (VmHWM) at the end.</param>
/// <param name="Actions">Actions performed (null: the side has none).</param>
/// <param name="Notifications">Messages the webhook robot accepted.</param>
/// <param name="AlertsNotified">Alerts those messages cover.</param>
/// <param name="Notes">Anything else worth a line.</param>
internal sealed record SideResult(string Name, LoadResult Load, double PeakRssMb, int? Actions, int Notifications, int AlertsNotified, IReadOnlyList<string> Notes);
