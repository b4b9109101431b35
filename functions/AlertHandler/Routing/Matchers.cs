namespace Functions.AlertHandler.Routing;

/// <summary>A conjunction of matchers: a label set matches when every matcher does (so no matchers match everything).</summary>
internal sealed class Matchers
{
    /// <summary>No matchers: matches every label set.</summary>
    public static readonly Matchers Empty = new([]);

    /// <summary>Creates the conjunction.</summary>
    /// <param name="items">The matchers.</param>
    public Matchers(IReadOnlyList<Matcher> items) => Items = items;

    /// <summary>The matchers, in the order written.</summary>
    public IReadOnlyList<Matcher> Items { get; }

    /// <summary>Whether there are none.</summary>
    public bool IsEmpty => Items.Count == 0;

    /// <summary>Parses matchers, naming the failing one by its path.</summary>
    /// <param name="texts">The matcher texts.</param>
    /// <param name="path">Where they are, for example <c>route.routes[0].matchers</c>.</param>
    /// <returns>The matchers.</returns>
    /// <exception cref="FormatException">One does not parse; the message starts with its path (<c>…matchers[1]: …</c>).</exception>
    public static Matchers Parse(IReadOnlyList<string> texts, string path)
    {
        var items = new Matcher[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            try
            {
                items[i] = Matcher.Parse(texts[i] ?? string.Empty);
            }
            catch (FormatException e)
            {
                throw new FormatException($"{path}[{i}]: {e.Message}", e);
            }
        }

        return new Matchers(items);
    }

    /// <summary>Whether a label set matches every matcher.</summary>
    /// <param name="labels">The labels.</param>
    /// <returns>True when all match.</returns>
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        foreach (var matcher in Items)
        {
            if (!matcher.Matches(labels))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The matchers in Alertmanager's brace syntax: <c>{severity="critical", metric=~"cpu.*"}</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "{" + string.Join(", ", Items) + "}";
}
