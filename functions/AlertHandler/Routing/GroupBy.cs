namespace Functions.AlertHandler.Routing;

/// <summary>
/// The labels alerts are grouped by. No labels puts every alert of the route in one group; <c>["..."]</c> groups by
/// all labels, that is one group per distinct alert.
/// </summary>
internal sealed class GroupBy
{
    /// <summary>The <c>...</c> marker of Alertmanager.</summary>
    public const string AllLabelsMarker = "...";

    /// <summary>Group by all labels.</summary>
    public static readonly GroupBy AllLabels = new([], all: true);

    /// <summary>One group for the whole route.</summary>
    public static readonly GroupBy Nothing = new([], all: false);

    private GroupBy(IReadOnlyList<string> labels, bool all)
    {
        Labels = labels;
        All = all;
    }

    /// <summary>The label names, sorted and distinct (empty when <see cref="All"/>).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Whether every label groups (<c>["..."]</c>).</summary>
    public bool All { get; }

    /// <summary>Grouping by these labels.</summary>
    /// <param name="labels">Label names; order and duplicates do not matter.</param>
    /// <returns>The grouping.</returns>
    public static GroupBy By(IEnumerable<string> labels) =>
        new(labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), all: false);

    /// <summary>The grouping labels an alert has, sorted by name; absent and empty labels are left out (they are equal).</summary>
    /// <param name="labels">The alert's labels.</param>
    /// <returns>The name/value pairs that form the group.</returns>
    public IReadOnlyList<KeyValuePair<string, string>> Select(IReadOnlyDictionary<string, string> labels)
    {
        var names = All ? labels.Keys.Order(StringComparer.Ordinal) : (IEnumerable<string>)Labels;
        var selected = new List<KeyValuePair<string, string>>();
        foreach (var name in names)
        {
            if (labels.TryGetValue(name, out var value) && value.Length > 0)
            {
                selected.Add(new(name, value));
            }
        }

        return selected;
    }

    /// <summary>The grouping as configured: <c>[alertname, policy_id]</c> or <c>[...]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => All ? $"[{AllLabelsMarker}]" : "[" + string.Join(", ", Labels) + "]";
}
