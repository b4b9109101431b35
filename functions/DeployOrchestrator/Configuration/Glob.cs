using System.Text;
using System.Text.RegularExpressions;

namespace Functions.DeployOrchestrator.Configuration;

/// <summary>
/// A TCR-style glob, compiled once: <c>*</c> matches within one path segment (not <c>/</c>), <c>**</c> matches across
/// segments, <c>?</c> one character other than <c>/</c>, <c>{a,b}</c> any of the alternatives (which may hold globs,
/// not nested braces). Everything else matches itself; the whole text must match.
/// </summary>
internal sealed class Glob
{
    private readonly Regex regex;

    private Glob(string pattern, Regex regex)
    {
        Pattern = pattern;
        this.regex = regex;
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>Compiles a pattern.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="glob">The glob, or null.</param>
    /// <param name="problem">Why it is not a glob, or null.</param>
    /// <returns>Whether it compiled.</returns>
    public static bool TryCompile(string pattern, out Glob? glob, out string? problem)
    {
        glob = null;
        problem = null;
        if (string.IsNullOrEmpty(pattern))
        {
            problem = "an empty pattern";
            return false;
        }

        var text = new StringBuilder("^");
        var inBraces = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    text.Append(".*");
                    i++;
                    break;
                case '*':
                    text.Append("[^/]*");
                    break;
                case '?':
                    text.Append("[^/]");
                    break;
                case '{' when inBraces:
                    problem = $"'{pattern}': braces cannot nest";
                    return false;
                case '{':
                    inBraces = true;
                    text.Append("(?:");
                    break;
                case '}' when inBraces:
                    inBraces = false;
                    text.Append(')');
                    break;
                case ',' when inBraces:
                    text.Append('|');
                    break;
                case '}':
                    problem = $"'{pattern}': '}}' without '{{'";
                    return false;
                default:
                    text.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        if (inBraces)
        {
            problem = $"'{pattern}': '{{' without '}}'";
            return false;
        }

        text.Append('$');
        glob = new Glob(pattern, new Regex(text.ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
        return true;
    }

    /// <summary>Whether the whole of <paramref name="text"/> matches.</summary>
    /// <param name="text">A repository name or a tag.</param>
    /// <returns>True when it matches.</returns>
    public bool IsMatch(string text) => regex.IsMatch(text);

    /// <inheritdoc/>
    public override string ToString() => Pattern;
}
