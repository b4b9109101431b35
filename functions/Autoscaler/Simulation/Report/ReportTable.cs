using System.Globalization;

namespace Functions.Autoscaler.Simulation.Report;

/// <summary>The policies' totals side by side: one row a total, one column a policy.</summary>
internal static class ReportTable
{
    /// <summary>The table's lines.</summary>
    /// <param name="policies">The policies, in column order.</param>
    /// <returns>Header, then one line a total.</returns>
    public static IReadOnlyList<string> Lines(IReadOnlyList<PolicyReport> policies)
    {
        var rows = new (string Label, Func<PolicyReport, string> Value)[]
        {
            ("instance-minutes", p => N(p.Totals.InstanceMinutes, "0.0")),
            ("SLO-breach minutes", p => N(p.Totals.SloBreachMinutes, "0.0")),
            ("dropped requests", p => N(p.Totals.DroppedRequests, "0")),
            ("dropped %", p => N(p.Totals.DroppedPercent, "0.00")),
            ("CPU target %", p => p.CpuTarget is { } t ? N(t, "0") : "-"),
            ("minutes over target", p => p.Totals.MinutesOverTarget is { } m ? N(m, "0.0") : "-"),
            ("scale events", p => $"{p.Totals.ScaleEvents} ({p.Totals.ScaleUps}↑ {p.Totals.ScaleDowns}↓)"),
            ("max instances", p => N(p.Totals.MaxInstances, "0")),
            ("mean instances", p => N(p.Totals.MeanInstances, "0.00")),
        };
        var labelWidth = rows.Max(r => r.Label.Length);
        var widths = policies.Select(p => Math.Max(p.Name.Length, rows.Max(r => r.Value(p).Length))).ToArray();
        var lines = new List<string> { Line("", labelWidth, policies.Select(p => p.Name), widths) };
        lines.AddRange(rows.Select(r => Line(r.Label, labelWidth, policies.Select(r.Value), widths)));
        return lines;
    }

    private static string Line(string label, int labelWidth, IEnumerable<string> cells, int[] widths) =>
        label.PadRight(labelWidth) + string.Concat(cells.Select((c, i) => "  " + c.PadLeft(widths[i])));

    private static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
