using Functions.Scf.Configuration;

namespace Functions.DeployOrchestrator.Configuration;

/// <summary>Reads optional scalar settings with their defaults, recording a problem named by path for each bad value.</summary>
internal static class ConfigValues
{
    /// <summary>A duration that must be positive (or, with <paramref name="allowZero"/>, not negative).</summary>
    /// <param name="text">The text, or null for the default.</param>
    /// <param name="fallback">The default.</param>
    /// <param name="path">The setting's path.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <param name="allowZero">Whether 0 is allowed.</param>
    /// <returns>The duration (the default when invalid).</returns>
    public static TimeSpan Duration(string? text, TimeSpan fallback, string path, List<string> problems, bool allowZero = false)
    {
        if (text is null)
        {
            return fallback;
        }

        try
        {
            var value = PromDuration.Parse(text);
            if (value > TimeSpan.Zero || (allowZero && value == TimeSpan.Zero))
            {
                return value;
            }

            problems.Add($"{path}: must be {(allowZero ? "zero or more" : "more than zero")}, not '{text}'");
        }
        catch (FormatException e)
        {
            problems.Add($"{path}: {e.Message}");
        }

        return fallback;
    }

    /// <summary>A whole number within bounds.</summary>
    /// <param name="value">The value, or null for the default.</param>
    /// <param name="fallback">The default.</param>
    /// <param name="min">The least allowed.</param>
    /// <param name="max">The most allowed.</param>
    /// <param name="path">The setting's path.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <returns>The value (the default when invalid).</returns>
    public static int Number(int? value, int fallback, int min, int max, string path, List<string> problems)
    {
        if (value is not { } v)
        {
            return fallback;
        }

        if (v < min || v > max)
        {
            problems.Add(max == int.MaxValue ? $"{path}: must be at least {min}, not {v}" : $"{path}: must be {min}–{max}, not {v}");
            return fallback;
        }

        return v;
    }

    /// <summary>One of a fixed set of words.</summary>
    /// <typeparam name="T">The enum it maps to.</typeparam>
    /// <param name="text">The text, or null for the default.</param>
    /// <param name="fallback">The default.</param>
    /// <param name="words">The words and their values.</param>
    /// <param name="path">The setting's path.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <returns>The value (the default when invalid).</returns>
    public static T Word<T>(string? text, T fallback, IReadOnlyList<(string Word, T Value)> words, string path, List<string> problems)
        where T : struct, Enum
    {
        if (text is null)
        {
            return fallback;
        }

        foreach (var (word, value) in words)
        {
            if (string.Equals(word, text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        problems.Add($"{path}: '{text}' is not one of {string.Join(", ", words.Select(w => w.Word))}");
        return fallback;
    }
}
