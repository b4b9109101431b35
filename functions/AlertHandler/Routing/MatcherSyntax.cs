using System.Text;

namespace Functions.AlertHandler.Routing;

/// <summary>The text form of matchers and label names: splitting, quoting and unescaping.</summary>
internal static class MatcherSyntax
{
    /// <summary>Whether a string is a Prometheus label name.</summary>
    /// <param name="name">The candidate.</param>
    /// <returns>True for <c>[a-zA-Z_][a-zA-Z0-9_]*</c>.</returns>
    public static bool IsLabelName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits <c>name op "value"</c>; the value may be unquoted (as Alertmanager's parser accepts).</summary>
    /// <param name="text">The matcher text.</param>
    /// <returns>Name, operator and unescaped value.</returns>
    /// <exception cref="FormatException">Not a matcher.</exception>
    public static (string Name, MatchOperator Op, string Value) Split(string text)
    {
        var trimmed = text.Trim();
        var at = trimmed.IndexOfAny(['=', '!']);
        if (at <= 0)
        {
            throw new FormatException($"'{text}' is not a matcher: expected name=\"value\", name!=\"value\", name=~\"regex\" or name!~\"regex\"");
        }

        var name = trimmed[..at].TrimEnd();
        var rest = trimmed[at..];
        (MatchOperator op, int length) = rest switch
        {
            _ when rest.StartsWith("=~", StringComparison.Ordinal) => (MatchOperator.Regex, 2),
            _ when rest.StartsWith("!~", StringComparison.Ordinal) => (MatchOperator.NotRegex, 2),
            _ when rest.StartsWith("!=", StringComparison.Ordinal) => (MatchOperator.NotEqual, 2),
            _ when rest.StartsWith('=') => (MatchOperator.Equal, 1),
            _ => throw new FormatException($"'{text}' has no operator: expected =, !=, =~ or !~ after the label name"),
        };
        return (name, op, Unquote(rest[length..].Trim(), text));
    }

    /// <summary>Quotes a value, escaping backslashes, quotes and newlines.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The quoted value.</returns>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '"' => builder.Append("\\\""),
                '\n' => builder.Append(@"\n"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    private static string Unquote(string value, string text)
    {
        if (!value.StartsWith('"'))
        {
            if (value.Contains('"', StringComparison.Ordinal))
            {
                throw new FormatException($"'{text}' has a stray quote in its value");
            }

            return value;
        }

        if (value.Length < 2 || !value.EndsWith('"'))
        {
            throw new FormatException($"'{text}' has an unterminated quoted value");
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 1; i < value.Length - 1; i++)
        {
            var c = value[i];
            if (c == '"')
            {
                throw new FormatException($"'{text}' has an unescaped quote inside its value");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (++i >= value.Length - 1)
            {
                throw new FormatException($"'{text}' ends its value with a lone backslash");
            }

            // Alertmanager keeps unknown escapes as written, so a regex like "\d+" survives quoting.
            _ = value[i] switch
            {
                'n' => builder.Append('\n'),
                '"' => builder.Append('"'),
                '\\' => builder.Append('\\'),
                var other => builder.Append('\\').Append(other),
            };
        }

        return builder.ToString();
    }
}
