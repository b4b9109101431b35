using System.Diagnostics;
using System.Globalization;

namespace Functions.BackupBench;

/// <summary>
/// One measured process: wall time from exec to exit; from <c>/usr/bin/time</c>, peak RSS and user+system CPU time (both
/// cover the process and the children it waited for: RSS the largest of them, CPU their sum); its stdout and stderr.
/// </summary>
internal sealed record Timed(double Seconds, double PeakRssMb, double CpuSeconds, string Output, string Errors)
{
    /// <summary>What the scripts pass to <c>/usr/bin/time -f</c>.</summary>
    public const string Format = "%M %U %S";

    /// <summary>
    /// Runs <paramref name="script"/> with bash, its first argument being the file <c>/usr/bin/time</c> reports to, in an
    /// environment holding only PATH, HOME and <paramref name="environment"/> (nothing of the harness's leaks in).
    /// </summary>
    public static async Task<Timed> RunAsync(string script, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string work)
    {
        var report = Path.Combine(work, "time-report");
        File.Delete(report);
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-c", "set -o pipefail\n" + script, "bench", report, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        start.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
        start.Environment["HOME"] = Environment.GetEnvironmentVariable("HOME") ?? "/root";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await errors}");
        }

        // time writes "Command exited with non-zero status N" before the figures when it does; the figures are last.
        var figures = File.ReadAllLines(report).Last(l => l.Length > 0).Split(' ').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        File.Delete(report);
        return new Timed(seconds, figures[0] / 1024, figures[1] + figures[2], await output, await errors);
    }
}
