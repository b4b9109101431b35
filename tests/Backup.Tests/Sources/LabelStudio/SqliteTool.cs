using System.Diagnostics;
using Functions.TestSupport;

namespace Functions.Backup.Tests.Sources.LabelStudio;

/// <summary>The real sqlite3 shell for the tests: a missing one is Inconclusive locally and a failure under CI.</summary>
internal static class SqliteTool
{
    private static readonly Lazy<bool> IsInstalled = new(() =>
    {
        try
        {
            return Run(":memory:", "SELECT 1;").Trim() == "1";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    public static void Require() => TestEnvironment.Require(IsInstalled.Value, "sqlite3 (Debian package sqlite3)");

    /// <summary>Runs SQL against a database and returns what sqlite3 printed; fails the test on an error.</summary>
    public static string Run(string database, string sql)
    {
        var start = new ProcessStartInfo("sqlite3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-batch", "-bail", "-cmd", ".timeout 10000", database, sql })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, $"sqlite3 {database}: {error.Result}");
        return output;
    }

    public static long Scalar(string database, string sql) => long.Parse(Run(database, sql).Trim(), System.Globalization.CultureInfo.InvariantCulture);
}
