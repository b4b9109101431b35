using System.Globalization;
using System.Text;
using Functions.Autoscaler.Simulation.Model;

namespace Functions.Autoscaler.Simulation.Plot;

/// <summary>One policy's panel: title with its totals, grid and axes, the breach strip and the three step lines.</summary>
internal static class SvgPanel
{
    /// <summary>Colour of the load line.</summary>
    public const string LoadColor = "#7f7f7f";

    /// <summary>Colour of the ready-capacity line.</summary>
    public const string CapacityColor = "#1f77b4";

    /// <summary>Colour of the running-instances line.</summary>
    public const string InstancesColor = "#ff7f0e";

    /// <summary>Colour of the SLO-breach strip.</summary>
    public const string BreachColor = "#d62728";

    /// <summary>Appends the panel.</summary>
    /// <param name="svg">The document.</param>
    /// <param name="run">The policy's run.</param>
    /// <param name="buckets">Its columns.</param>
    /// <param name="scale">The shared axes.</param>
    /// <param name="offset">The panel's top.</param>
    public static void Draw(StringBuilder svg, PolicyRun run, PlotBucket[] buckets, PanelScale scale, int offset)
    {
        var top = offset + PanelScale.Above;
        var bottom = top + PanelScale.PlotHeight;
        var right = PanelScale.Left + PanelScale.PlotWidth;
        var t = run.Totals;
        var heading = $"{run.Contender.Name} ({run.Contender.Summary}): {t.InstanceMinutes:0} instance-minutes, " +
            $"{t.SloBreachMinutes:0.#} SLO-breach minutes, {t.ScaleEvents} scale events";
        Append(svg, $"<g class=\"panel\" data-policy=\"{SvgPlot.Escape(run.Contender.Name)}\">\n");
        Append(svg, $"<text x=\"{PanelScale.Left}\" y=\"{offset + 16}\" font-size=\"12\" font-weight=\"bold\">{SvgPlot.Escape(heading)}</text>\n");
        Append(svg, $"<rect x=\"{PanelScale.Left}\" y=\"{top}\" width=\"{PanelScale.PlotWidth}\" height=\"{PanelScale.PlotHeight}\" fill=\"none\" stroke=\"#333\"/>\n");
        for (var value = 0.0; value <= scale.Top + (scale.Step / 2); value += scale.Step)
        {
            var y = F(scale.Y(value, top));
            Append(svg, $"<line x1=\"{PanelScale.Left}\" y1=\"{y}\" x2=\"{right}\" y2=\"{y}\" stroke=\"#ddd\"/>");
            Append(svg, $"<text x=\"{PanelScale.Left - 6}\" y=\"{y}\" dy=\"4\" text-anchor=\"end\">{F(value)}</text>\n");
        }

        var instanceStep = Math.Max(1, (int)Math.Round(NiceScale.Step(scale.Top / scale.CapacityPerInstance, 5)));
        for (var n = 0; n * scale.CapacityPerInstance <= scale.Top; n += instanceStep)
        {
            Append(svg, $"<text x=\"{right + 6}\" y=\"{F(scale.Y(n * scale.CapacityPerInstance, top))}\" dy=\"4\" fill=\"{InstancesColor}\">{n}</text>\n");
        }

        foreach (var (at, label) in TimeAxis.Ticks(scale.Start, scale.End, 10))
        {
            var x = F(scale.X(at));
            Append(svg, $"<line x1=\"{x}\" y1=\"{top}\" x2=\"{x}\" y2=\"{bottom}\" stroke=\"#eee\"/>");
            Append(svg, $"<text x=\"{x}\" y=\"{bottom + 15}\" text-anchor=\"middle\">{SvgPlot.Escape(label)}</text>\n");
        }

        Append(svg, $"<text transform=\"translate(16,{top + (PanelScale.PlotHeight / 2)}) rotate(-90)\" text-anchor=\"middle\">requests/s</text>\n");
        Append(svg, $"<text transform=\"translate({SvgPlot.Width - 14},{top + (PanelScale.PlotHeight / 2)}) rotate(90)\" text-anchor=\"middle\" fill=\"{InstancesColor}\">instances</text>\n");
        Breaches(svg, buckets, bottom);
        Line(svg, "load", LoadColor, "", buckets.Select(b => b.PeakLoad), scale, top);
        Line(svg, "capacity", CapacityColor, "", buckets.Select(b => b.LowestCapacity), scale, top);
        Line(svg, "instances", InstancesColor, " stroke-dasharray=\"5 3\"", buckets.Select(b => b.MostRunning * scale.CapacityPerInstance), scale, top);
        svg.Append("</g>\n");
    }

    // Consecutive columns with a breach become one rectangle along the bottom of the plot area.
    private static void Breaches(StringBuilder svg, PlotBucket[] buckets, int bottom)
    {
        for (var c = 0; c < buckets.Length; c++)
        {
            if (buckets[c].BreachSeconds <= 0)
            {
                continue;
            }

            var first = c;
            while (c + 1 < buckets.Length && buckets[c + 1].BreachSeconds > 0)
            {
                c++;
            }

            var x = PanelScale.ColumnX(first, buckets.Length);
            var width = Math.Max(1, PanelScale.ColumnX(c + 1, buckets.Length) - x);
            Append(svg, $"<rect class=\"breach\" x=\"{F(x)}\" y=\"{bottom - 8}\" width=\"{F(width)}\" height=\"8\" fill=\"{BreachColor}\" fill-opacity=\"0.8\"/>\n");
        }
    }

    private static void Line(StringBuilder svg, string name, string color, string extra, IEnumerable<double> values, PanelScale scale, int top)
    {
        var ys = values.Select(v => F(scale.Y(v, top))).ToArray();
        var path = new StringBuilder(ys.Length * 16);
        path.Append(CultureInfo.InvariantCulture, $"M{PanelScale.Left} {ys[0]}");
        for (var c = 1; c < ys.Length; c++)
        {
            if (ys[c] != ys[c - 1])
            {
                path.Append(CultureInfo.InvariantCulture, $"H{F(PanelScale.ColumnX(c, ys.Length))}V{ys[c]}");
            }
        }

        path.Append(CultureInfo.InvariantCulture, $"H{PanelScale.Left + PanelScale.PlotWidth}");

        Append(svg, $"<path class=\"{name}\" d=\"{path}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\"{extra}/>\n");
    }

    private static void Append(StringBuilder svg, string text) => svg.Append(text);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
