using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Functions.Scf.Configuration;

/// <summary>
/// Reads typed settings from configuration and collects every problem, each naming its variable, so an operator
/// sees all of them at once. Call <see cref="ThrowIfInvalid"/> when done.
/// </summary>
/// <param name="configuration">Environment variables over the optional config file.</param>
public sealed class SettingsReader(IConfiguration configuration)
{
    private readonly List<string> _problems = [];

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>A string setting, trimmed; null when unset or blank.</summary>
    /// <param name="name">The variable's name.</param>
    /// <returns>The value or null.</returns>
    public string? Text(string name)
    {
        var value = configuration[name]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>A string setting that must be set.</summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="hint">What a valid value looks like, for the message.</param>
    /// <returns>The value, or an empty string after recording the problem.</returns>
    public string RequiredText(string name, string hint)
    {
        var value = Text(name);
        if (value is null)
        {
            Problem(name, $"is required ({hint})");
        }

        return value ?? "";
    }

    /// <summary>An integer setting within bounds.</summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="defaultValue">The value when unset.</param>
    /// <param name="min">The smallest valid value.</param>
    /// <param name="max">The largest valid value.</param>
    /// <returns>The value, or the default after recording a problem.</returns>
    public long Number(string name, long defaultValue, long min, long max)
    {
        var text = Text(name);
        if (text is null)
        {
            return defaultValue;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Problem(name, $"must be an integer from {min} to {max}, not '{text}'");
        return defaultValue;
    }

    /// <summary>A true/false setting (true, false, 1, 0, yes, no).</summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="defaultValue">The value when unset.</param>
    /// <returns>The value.</returns>
    public bool Flag(string name, bool defaultValue)
    {
        switch (Text(name)?.ToLowerInvariant())
        {
            case null:
                return defaultValue;
            case "true" or "1" or "yes":
                return true;
            case "false" or "0" or "no":
                return false;
            default:
                Problem(name, $"must be true or false, not '{Text(name)}'");
                return defaultValue;
        }
    }

    /// <summary>A comma-separated list, trimmed, without empty items.</summary>
    /// <param name="name">The variable's name.</param>
    /// <returns>The items (empty when unset).</returns>
    public IReadOnlyList<string> List(string name) =>
        Text(name)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>A duration given in milliseconds.</summary>
    /// <param name="name">The variable's name (by convention ending in <c>_MS</c>).</param>
    /// <param name="defaultValue">The value when unset.</param>
    /// <param name="min">The shortest valid value.</param>
    /// <param name="max">The longest valid value.</param>
    /// <returns>The duration.</returns>
    public TimeSpan Milliseconds(string name, TimeSpan defaultValue, TimeSpan min, TimeSpan max) =>
        TimeSpan.FromMilliseconds(Number(name, (long)defaultValue.TotalMilliseconds, (long)min.TotalMilliseconds, (long)max.TotalMilliseconds));

    /// <summary>An enum setting, case-insensitive.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="name">The variable's name.</param>
    /// <param name="defaultValue">The value when unset.</param>
    /// <returns>The value.</returns>
    public TEnum Choice<TEnum>(string name, TEnum defaultValue)
        where TEnum : struct, Enum
    {
        var text = Text(name);
        if (text is null)
        {
            return defaultValue;
        }

        if (System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && !int.TryParse(text, CultureInfo.InvariantCulture, out _))
        {
            return value;
        }

        Problem(name, $"must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}, not '{text}'");
        return defaultValue;
    }

    /// <summary>An absolute URL with one of the given schemes; null when unset.</summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="schemes">The accepted schemes, e.g. "postgres", "postgresql".</param>
    /// <returns>The URL, or null when unset or invalid (the problem is recorded).</returns>
    public Uri? Url(string name, params string[] schemes)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && schemes.Contains(url.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            return url;
        }

        // The value may hold a password: name the scheme we saw, never the value.
        var seen = text.Contains("://", StringComparison.Ordinal) ? $"a '{text[..text.IndexOf("://", StringComparison.Ordinal)]}://' URL" : "not a URL";
        Problem(name, $"must be a {string.Join(" or ", schemes.Select(s => s + "://"))} URL; got {seen}");
        return null;
    }

    /// <summary>Records a problem with a variable.</summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="problem">What is wrong with it, phrased to follow the name.</param>
    public void Problem(string name, string problem) => _problems.Add($"{name} {problem}.");

    /// <summary>Throws when any problem was recorded.</summary>
    /// <exception cref="ConfigurationException">One or more settings are invalid.</exception>
    public void ThrowIfInvalid()
    {
        if (_problems.Count > 0)
        {
            throw new ConfigurationException(_problems.ToArray());
        }
    }
}
