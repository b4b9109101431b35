using System.Diagnostics;

namespace Functions.BackupBench;

/// <summary>Untimed helper processes: psql queries, version strings, and awscli to read, size and delete objects.</summary>
internal static class Tools
{
    public const string Aws = "/usr/bin/aws";

    public static async Task<string> RunAsync(string file, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? (await output).Trim()
            : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await errors}");
    }

    /// <summary>
    /// awscli against the local s3rver: path-style, no pager, checksums only where required (as the objects benchmark
    /// configures it), keys from the services' variables.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> AwsEnvironmentAsync(Services services, string work)
    {
        var config = Path.Combine(work, "aws-config");
        await File.WriteAllTextAsync(config, "[default]\nregion = us-east-1\ns3 =\n    addressing_style = path\n");
        return new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = services.S3AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = services.S3SecretAccessKey,
            ["AWS_DEFAULT_REGION"] = "us-east-1",
            ["AWS_CONFIG_FILE"] = config,
            ["AWS_PAGER"] = "",
            ["AWS_REQUEST_CHECKSUM_CALCULATION"] = "when_required",
            ["AWS_RESPONSE_CHECKSUM_VALIDATION"] = "when_required",
        };
    }
}
