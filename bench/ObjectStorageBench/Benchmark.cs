using System.Diagnostics;
using System.Globalization;
using Functions.HostBench;

namespace Functions.ObjectStorageBench;

/// <summary>
/// The same file piped to two uploaders, alternated round by round against the same s3rver: our client (this
/// binary's <c>upload-stdin</c>, NativeAOT) and <c>aws s3 cp - s3://…</c>. Wall time from exec to exit, so each
/// pays its own start-up, and peak RSS from <c>/usr/bin/time</c>.
/// </summary>
internal static class Benchmark
{
    private const string Aws = "/usr/bin/aws";

    public static async Task<int> RunAsync(string[] args)
    {
        var sizeMb = Args.Int(args, "--size-mb", 1024);
        var rounds = Args.Int(args, "--rounds", 3);
        var root = Args.RepoRoot();
        var data = await DataFileAsync(root, sizeMb);
        var bytes = new FileInfo(data).Length;
        var bucket = Settings.Variable("S3_BUCKET");
        var awsEnvironment = await AwsEnvironmentAsync(root);
        using var store = Store.Create();
        var contenders = new (string Name, Func<string, string[]> Command, IReadOnlyDictionary<string, string> Environment)[]
        {
            ("ObjectStorage (NativeAOT)", key => [Environment.ProcessPath!, "upload-stdin", "--key", key], new Dictionary<string, string>()),
            ("aws s3 cp - (awscli)", key => [Aws, "s3", "cp", "-", $"s3://{bucket}/{key}", "--endpoint-url", Settings.Variable("S3_ENDPOINT"), "--only-show-errors"], awsEnvironment),
        };

        var results = contenders.ToDictionary(c => c.Name, _ => (Rates: new List<double>(), Rss: new List<double>()));
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (name, command, environment) in round % 2 == 1 ? contenders : contenders.Reverse())
            {
                var key = $"bench/{(name.StartsWith("aws", StringComparison.Ordinal) ? "aws" : "ours")}-{round}.bin";
                var (seconds, rssMb) = await MeasureAsync(command(key), data, environment);
                var stored = await store.HeadObjectAsync(key, CancellationToken.None);
                if (stored?.Size != bytes)
                {
                    throw new InvalidOperationException($"{name} stored {stored?.Size} bytes of {bytes}");
                }

                await store.DeleteObjectAsync(key, CancellationToken.None);
                results[name].Rates.Add(bytes / 1e6 / seconds);
                results[name].Rss.Add(rssMb);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: {name} {bytes / 1e6 / seconds:F1} MB/s, peak RSS {rssMb:F1} MB"));
            }
        }

        Print(results, bytes, rounds);
        return 0;
    }

    private static void Print(Dictionary<string, (List<double> Rates, List<double> Rss)> results, long bytes, int rounds)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# Streaming upload of {bytes / 1048576} MiB from stdin to s3rver ({TimeProvider.System.GetUtcNow():yyyy-MM-dd}, {Environment.ProcessorCount} cores, {rounds} alternated rounds)"));
        Console.WriteLine("| uploader | MB/s, median (min–max) | peak RSS MB, median (max) |");
        Console.WriteLine("|---|---|---|");
        foreach (var (name, (rates, rss)) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Stats.Median(rates):F1} ({rates.Min():F1}–{rates.Max():F1}) | {Stats.Median(rss):F1} ({rss.Max():F1}) |"));
        }

        var (ours, aws) = (results.Values.First(), results.Values.Last());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Throughput ours/aws: {Stats.Median(ours.Rates) / Stats.Median(aws.Rates):F2}x; peak RSS aws/ours: {Stats.Median(aws.Rss) / Stats.Median(ours.Rss):F1}x"));
    }

    // exec'd under /usr/bin/time with stdin from the file, so the measured process reads a plain file descriptor.
    private static async Task<(double Seconds, double PeakRssMb)> MeasureAsync(string[] command, string data, IReadOnlyDictionary<string, string> environment)
    {
        var report = Path.GetTempFileName();
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec /usr/bin/time -f '%M' -o \"$REPORT\" \"$@\" < \"$DATA\"");
        start.ArgumentList.Add("sh");
        foreach (var part in command)
        {
            start.ArgumentList.Add(part);
        }

        start.Environment["REPORT"] = report;
        start.Environment["DATA"] = data;
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
            throw new InvalidOperationException($"{command[0]} exited {process.ExitCode}: {await output}{await errors}");
        }

        var kb = double.Parse((await File.ReadAllTextAsync(report)).Trim().Split('\n')[^1], CultureInfo.InvariantCulture);
        File.Delete(report);
        return (seconds, kb / 1024);
    }

    // One file of seeded pseudo-random bytes (incompressible), made once and uploaded by both sides.
    private static async Task<string> DataFileAsync(string root, int sizeMb)
    {
        var path = Path.Combine(root, "artifacts", "bench-data", $"random-{sizeMb}MiB.bin");
        if (File.Exists(path) && new FileInfo(path).Length == sizeMb * 1048576L)
        {
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var state = 0x9E3779B97F4A7C15UL;
        var block = new byte[1048576];
        await using (var file = File.Create(path + ".tmp"))
        {
            for (var mb = 0; mb < sizeMb; mb++)
            {
                for (var i = 0; i < block.Length; i += 8)
                {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    BitConverter.TryWriteBytes(block.AsSpan(i), state);
                }

                await file.WriteAsync(block);
            }
        }

        File.Move(path + ".tmp", path, overwrite: true);
        return path;
    }

    // Path-style against the local server, no pager; checksum settings of newer CLIs kept to what is required.
    private static async Task<IReadOnlyDictionary<string, string>> AwsEnvironmentAsync(string root)
    {
        var config = Path.Combine(root, "artifacts", "bench-data", "aws-config");
        await File.WriteAllTextAsync(config, "[default]\nregion = us-east-1\ns3 =\n    addressing_style = path\n");
        return new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = Settings.Variable("S3_ACCESS_KEY_ID"),
            ["AWS_SECRET_ACCESS_KEY"] = Settings.Variable("S3_SECRET_ACCESS_KEY"),
            ["AWS_DEFAULT_REGION"] = "us-east-1",
            ["AWS_CONFIG_FILE"] = config,
            ["AWS_PAGER"] = "",
            ["AWS_REQUEST_CHECKSUM_CALCULATION"] = "when_required",
            ["AWS_RESPONSE_CHECKSUM_VALIDATION"] = "when_required",
        };
    }
}
