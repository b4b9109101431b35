using System.Text;
using System.Text.RegularExpressions;

namespace Functions.AlertHandler.Routing;

/// <summary>
/// One label matcher in Alertmanager syntax: <c>name="value"</c>, <c>name!="value"</c>, <c>name=~"regex"</c>,
/// <c>name!~"regex"</c>. A missing label matches as the empty string; regular expressions are anchored at both ends.
/// </summary>
internal sealed class Matcher
{
    /// <summary>How long one regular-expression match may run: a pathological pattern must not stall an invocation.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    private readonly Regex? _regex;

    private Matcher(string name, MatchOperator op, string value)
    {
        Name = name;
        Operator = op;
        Value = value;
        if (op is MatchOperator.Regex or MatchOperator.NotRegex)
        {
            // Anchored as Alertmanager and Prometheus do: "cpu.*" must not match "gpu_cpu".
            _regex = new Regex($"^(?:{value})$", RegexOptions.None, RegexTimeout);
        }
    }

    /// <summary>The label name.</summary>
    public string Name { get; }

    /// <summary>The comparison.</summary>
    public MatchOperator Operator { get; }

    /// <summary>The value or the regular expression as written (unanchored).</summary>
    public string Value { get; }

    /// <summary>A matcher built in code.</summary>
    /// <param name="name">The label name.</param>
    /// <param name="op">The comparison.</param>
    /// <param name="value">The value or regular expression.</param>
    /// <returns>The matcher.</returns>
    /// <exception cref="FormatException">The name is not a label name or the regular expression does not compile.</exception>
    public static Matcher Create(string name, MatchOperator op, string value)
    {
        if (!MatcherSyntax.IsLabelName(name))
        {
            throw new FormatException($"'{name}' is not a label name ([a-zA-Z_][a-zA-Z0-9_]*)");
        }

        try
        {
            return new Matcher(name, op, value);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"invalid regular expression \"{value}\": {e.Message}", e);
        }
    }

    /// <summary>Parses one matcher.</summary>
    /// <param name="text">For example <c>severity="critical"</c> or <c>metric=~"cpu.*|mem.*"</c>.</param>
    /// <returns>The matcher, its regular expression compiled once.</returns>
    /// <exception cref="FormatException">The text is not a matcher; the message says why.</exception>
    public static Matcher Parse(string text)
    {
        var (name, op, value) = MatcherSyntax.Split(text);
        return Create(name, op, value);
    }

    /// <summary>Whether a label value satisfies this matcher.</summary>
    /// <param name="value">The value; the empty string for a missing label.</param>
    /// <returns>True when it matches. A regular expression that times out counts as no match for either operator.</returns>
    public bool Matches(string value) => Operator switch
    {
        MatchOperator.Equal => string.Equals(value, Value, StringComparison.Ordinal),
        MatchOperator.NotEqual => !string.Equals(value, Value, StringComparison.Ordinal),
        MatchOperator.Regex => RegexMatches(value) == true,
        _ => RegexMatches(value) == false,
    };

    /// <summary>Whether a label set satisfies this matcher (a missing label is the empty string).</summary>
    /// <param name="labels">The labels.</param>
    /// <returns>True when it matches.</returns>
    public bool Matches(IReadOnlyDictionary<string, string> labels) =>
        Matches(labels.TryGetValue(Name, out var value) ? value : string.Empty);

    /// <summary>The matcher in Alertmanager syntax, value quoted and escaped; parses back to an equal matcher.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var op = Operator switch
        {
            MatchOperator.Equal => "=",
            MatchOperator.NotEqual => "!=",
            MatchOperator.Regex => "=~",
            _ => "!~",
        };
        return new StringBuilder(Name).Append(op).Append(MatcherSyntax.Quote(Value)).ToString();
    }

    private bool? RegexMatches(string value)
    {
        try
        {
            return _regex!.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
