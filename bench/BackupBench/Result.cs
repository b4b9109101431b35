using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Functions.BackupBench;

/// <summary>What a run of ours reported on stdout, checked: one complete, verified set with the postgres source.</summary>
internal sealed partial record Result(string SetId, long Bytes, double SourceSeconds, IReadOnlyList<string> Keys)
{
    public static Result Parse(string json, bool encrypted)
    {
        using var document = JsonDocument.Parse(json);
        var set = document.RootElement.GetProperty("set");
        var source = set.GetProperty("sources")[0];
        var stored = source.GetProperty("objects")[0];
        var keyed = stored.TryGetProperty("encryptionKeyId", out var key) && key.ValueKind == JsonValueKind.String;
        if (!set.GetProperty("complete").GetBoolean() || !source.GetProperty("verified").GetBoolean() || keyed != encrypted)
        {
            throw new InvalidOperationException($"the backup is not a complete, verified{(encrypted ? ", encrypted" : "")} set: {json}");
        }

        return new Result(set.GetProperty("setId").GetString()!, source.GetProperty("bytes").GetInt64(), source.GetProperty("seconds").GetDouble(),
            source.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("key").GetString()!).ToArray());
    }

    /// <summary>The time the manifest records for producing and storing the objects (the verification after it excluded), and the function's version.</summary>
    public static (double Seconds, string FunctionVersion) BackupPhase(string manifest)
    {
        using var document = JsonDocument.Parse(manifest);
        var objects = document.RootElement.GetProperty("sources")[0].GetProperty("objects").EnumerateArray();
        var seconds = objects.Sum(o => TimeSpan.Parse(o.GetProperty("duration").GetString()!, CultureInfo.InvariantCulture).TotalSeconds);
        return (seconds, document.RootElement.GetProperty("functionVersion").GetString()!);
    }

    /// <summary>
    /// The back-off waits the run's own warning lines announce (<c>Retrying Op (attempt n) in N ms</c>), summed, and the
    /// operations retried: time spent waiting on a server's errors rather than moving data.
    /// </summary>
    public static (double Seconds, IReadOnlyList<string> Operations) RetryWaits(string log)
    {
        var matches = RetryLine().Matches(log);
        return (matches.Sum(m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)) / 1000,
            matches.Select(m => m.Groups[1].Value).Distinct().ToArray());
    }

    [GeneratedRegex(@"Retrying (\w+) \(attempt \d+\) in (\d+) ms")]
    private static partial Regex RetryLine();
}
