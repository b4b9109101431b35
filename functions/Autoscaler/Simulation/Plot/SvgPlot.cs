using System.Globalization;
using System.Security;
using System.Text;
using Functions.Autoscaler.Simulation.Model;
using Functions.Autoscaler.Simulation.Traces;

namespace Functions.Autoscaler.Simulation.Plot;

/// <summary>
/// The simulation as an SVG: one panel per policy, stacked on one time axis and one scale, each with the load, the
/// ready capacity (requests/s, left axis) and the running instances (right axis, aligned so n instances sit at
/// n × capacity: the gap between the two lines is the instances still starting), and a red strip where the load
/// was above the ready capacity. Hand-written: no plotting library is NativeAOT-friendly.
/// </summary>
internal static class SvgPlot
{
    /// <summary>The drawing's width in pixels.</summary>
    public const int Width = 1200;

    private const int Header = 64;
    private const int PanelHeight = 230;

    /// <summary>Draws the runs.</summary>
    /// <param name="trace">The trace replayed.</param>
    /// <param name="settings">The service (capacity per instance, bounds).</param>
    /// <param name="runs">Each policy's run, one panel each, in order.</param>
    /// <returns>The SVG document.</returns>
    public static string Render(LoadTrace trace, SimulationSettings settings, IReadOnlyList<PolicyRun> runs)
    {
        var columns = PlotBuckets.Columns(trace.End - trace.Start, trace.Step < settings.Interval ? trace.Step : settings.Interval);
        var buckets = runs.Select(r => PlotBuckets.From(r.Segments, trace.Start, trace.End, columns, settings.CapacityPerInstance)).ToArray();
        var highest = Math.Max(trace.PeakLoad, settings.MaxInstances * settings.CapacityPerInstance);
        var step = NiceScale.Step(highest, 5);
        var scale = new PanelScale(trace.Start, trace.End, NiceScale.Top(highest, step), step, settings.CapacityPerInstance);
        var height = Header + (runs.Count * PanelHeight) + 10;
        var svg = new StringBuilder(64 * 1024);
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{height}" viewBox="0 0 {Width} {height}" font-family="sans-serif" font-size="11">""").Append('\n');
        var title = $"Autoscaler simulation: {trace.Source}, {trace.Points.Count} points, {Stamp(trace.Start)} → {Stamp(trace.End)}";
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>\n<rect width=\"{Width}\" height=\"{height}\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{PanelScale.Left}\" y=\"20\" font-size=\"14\" font-weight=\"bold\">{Escape(title)}</text>\n");
        Legend(svg, columns < (trace.End - trace.Start) / trace.Step ? (trace.End - trace.Start) / columns : null);
        for (var i = 0; i < runs.Count; i++)
        {
            SvgPanel.Draw(svg, runs[i], buckets[i], scale, Header + (i * PanelHeight));
        }

        return svg.Append("</svg>\n").ToString();
    }

    /// <summary>Escapes text for an SVG text node or attribute.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string text) => SecurityElement.Escape(text);

    private static void Legend(StringBuilder svg, TimeSpan? column)
    {
        var items = new (string Color, string Dash, string Label)[]
        {
            (SvgPanel.LoadColor, "", "load (requests/s)"),
            (SvgPanel.CapacityColor, "", "ready capacity (requests/s)"),
            (SvgPanel.InstancesColor, "5 3", "running instances (right axis)"),
            (SvgPanel.BreachColor, "", "load above ready capacity (SLO breach)"),
        };
        var x = PanelScale.Left;
        svg.Append("<g class=\"legend\">\n");
        foreach (var (color, dash, label) in items)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{x}\" y1=\"40\" x2=\"{x + 24}\" y2=\"40\" stroke=\"{color}\" stroke-width=\"3\"{(dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "")}/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 30}\" y=\"44\">{Escape(label)}</text>\n");
            x += 48 + (label.Length * 6);
        }

        if (column is { } width)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{PanelScale.Left}\" y=\"58\" fill=\"#555\">each column: peak load, lowest ready capacity and most instances of {width.TotalMinutes:0.#} min</text>\n");
        }

        svg.Append("</g>\n");
    }

    private static string Stamp(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
