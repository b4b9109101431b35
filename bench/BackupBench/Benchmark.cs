using System.Globalization;
using System.Security.Cryptography;
using Functions.HostBench;

namespace Functions.BackupBench;

/// <summary>
/// The Backup function's PostgreSQL backup against its limit and its popular alternative, alternated round by round
/// on one database at a time: <c>pg_dump -Fc &gt; /dev/null</c>, the published NativeAOT bootstrap to a <c>file://</c>
/// repository (clear and AES-256-GCM) and to s3rver, and <c>pg_dump -Fc | aws s3 cp - s3://…</c>. Every side is its
/// own process, timed from exec to exit under <c>/usr/bin/time</c> (peak RSS); every backup is checked where it landed.
/// </summary>
internal sealed class Benchmark
{
    private const string Event = """{"command":"backup","sources":["postgres"]}""";

    private const string WarmUp = """
        do $$ declare t regclass; begin
          for t in select oid from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace loop
            execute format('select count(*) from %s', t);
          end loop;
        end $$
        """;

    private readonly Services _services;
    private readonly string _work;
    private readonly string _bootstrap;
    private readonly string _eventFile;
    private readonly string _encryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly IReadOnlyDictionary<string, string> _aws;
    private readonly List<string> _tempProblems = [];
    private readonly SortedSet<string> _retried = new(StringComparer.Ordinal);
    private int _oursRuns;
    private string? _functionVersion;

    private Benchmark(Services services, string work, string bootstrap, IReadOnlyDictionary<string, string> aws)
    {
        _services = services;
        _work = work;
        _bootstrap = bootstrap;
        _aws = aws;
        _eventFile = Path.Combine(work, "event.json");
        File.WriteAllText(_eventFile, Event);
    }

    private enum Side
    {
        Limit,
        OursFile,
        OursFileEncrypted,
        OursS3,
        Pipeline,
    }

    private static string Label(Side side) => side switch
    {
        Side.Limit => "pg_dump -Fc > /dev/null (the limit)",
        Side.OursFile => "ours → file://",
        Side.OursFileEncrypted => "ours → file://, AES-256-GCM",
        Side.OursS3 => "ours → s3rver",
        _ => "pg_dump -Fc \\| aws s3 cp - (the pipeline)",
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = Args.Int(args, "--rounds", 3);
        var randomRounds = Args.Int(args, "--random-rounds", 1);
        var root = Args.RepoRoot();
        var services = Services.FromEnvironment();
        var bootstrap = Path.Combine(root, "artifacts/publish/Backup/release_linux-x64/bootstrap");
        if (!File.Exists(bootstrap))
        {
            throw new FileNotFoundException($"{bootstrap} is missing: run bench/run.sh backup, which publishes it.");
        }

        var work = Path.Combine(root, "artifacts", "bench-data", "backup");
        Directory.CreateDirectory(work);
        var benchmark = new Benchmark(services, work, bootstrap, await Tools.AwsEnvironmentAsync(services, work));
        return await benchmark.RunAsync(
            rounds, randomRounds, Text(args, "--database", "bench_backup"), Text(args, "--small-database", "bench_backup_small"), Text(args, "--random-database", ""));
    }

    private async Task<int> RunAsync(int rounds, int randomRounds, string large, string small, string random)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pgDump = await Tools.RunAsync(_services.Tool("pg_dump"), ["--version"], new Dictionary<string, string>());
        var aws = (await Tools.RunAsync(Tools.Aws, ["--version"], _aws)).Split(' ')[0];
        var load = (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[..3];
        var sides = Enum.GetValues<Side>();

        var largeDatabase = await DatabaseAsync(large);
        var main = await PassAsync(largeDatabase, rounds, sides);

        // Ours once on a database about a quarter the size: peak RSS must not follow the size.
        var smallDatabase = await DatabaseAsync(small);
        var smaller = await PassAsync(smallDatabase, 1, [Side.OursFile, Side.OursS3]);

        // pgbench's rows compress about 50:1, so its dump never fills the upload window; random bytes make a dump as large
        // as the database, which is what ours holds in memory and what the uploads carry.
        Database? randomDatabase = random.Length > 0 && randomRounds > 0 ? await DatabaseAsync(random) : null;
        var incompressible = randomDatabase is null ? null : await PassAsync(randomDatabase, randomRounds, sides);

        var loadAfter = (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[..3];
        Console.WriteLine(Invariant(
            $"# Backup: pg_dump to a repository ({TimeProvider.System.GetUtcNow():yyyy-MM-dd}, {Environment.ProcessorCount} cores)"));
        Console.WriteLine();
        Console.WriteLine(Invariant($"{pgDump}; {aws}; Backup bootstrap {new FileInfo(_bootstrap).Length / 1e6:F0} MB ({_functionVersion}). ") + Invariant(
            $"Load average {string.Join(' ', load)} before, {string.Join(' ', loadAfter)} after; the run took {clock.Elapsed.TotalMinutes:F1} min. MB = 10^6 bytes."));
        Console.WriteLine();
        Console.WriteLine("Wall time is exec to exit of each process (for the pipeline: of the whole pipe); dump MB/s is the dump's size over it. " +
            "*Backup* is pg_dump streaming into the repository as the manifest records it; *verify* the read-back (SHA-256, pg_restore --list " +
            "and pg_restore -f /dev/null); *rest* start-up, version checks, manifest and retention. CPU and peak RSS are `/usr/bin/time`'s, " +
            "which count the tools a process waits for: ours includes its pg_dump and pg_restore (CPU summed, RSS the largest, which is " +
            "the bootstrap's), the pipeline both pg_dump and aws (RSS: aws's).");
        Console.WriteLine();
        PrintPass(largeDatabase, main, rounds);
        if (randomDatabase is not null)
        {
            PrintPass(randomDatabase, incompressible!, randomRounds);
        }

        PrintGrowth([(smallDatabase, smaller), (largeDatabase, main), .. randomDatabase is null ? [] : new[] { (randomDatabase, incompressible!) }]);
        return PrintTempCheck();
    }

    // Every side on one database, alternated round by round (odd rounds forward, even rounds backward).
    private async Task<Dictionary<Side, List<Sample>>> PassAsync(Database database, int rounds, Side[] sides)
    {
        // Read every table once first: every side then finds the database in the page cache alike.
        await Tools.RunAsync(_services.Tool("psql"), ["-XAtq", "-d", database.Name, "-c", WarmUp], _services.LibpqEnvironment());
        var results = sides.ToDictionary(s => s, _ => new List<Sample>());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var side in round % 2 == 1 ? sides : sides.Reverse())
            {
                var sample = await MeasureAsync(side, $"{database.Name}-{round}", database.Name);
                results[side].Add(sample);
                Console.Error.WriteLine(Invariant($"{database.Name} round {round}: {Label(side)}: {sample.Seconds:F2} s, CPU {sample.CpuSeconds:F2} s, peak RSS {sample.PeakRssMb:F1} MB") +
                    (sample.BackupSeconds is { } phase ? Invariant($" (backup {phase:F2} s, verify {sample.VerifySeconds:F2} s, retry waits {sample.RetrySeconds:F2} s)") : ""));
            }
        }

        return results;
    }

    private void PrintPass(Database database, Dictionary<Side, List<Sample>> results, int rounds)
    {
        var dumpBytes = Median(results[Side.OursFile], s => s.Bytes!.Value);
        Console.WriteLine(Invariant($"## `{database.Name}`: {database.Description}, {database.Size / 1e6:F0} MB, dump {dumpBytes / 1e6:F1} MB; ") +
            (rounds == 1 ? "one run of each side" : Invariant($"{rounds} alternated rounds")));
        Console.WriteLine();
        Console.WriteLine("| side | wall s, median (min–max) | dump MB/s, median (min–max) | database MB/s | of which backup s / verify s / rest s | CPU s, median | peak RSS MB, median (max) |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (side, samples) in results)
        {
            var wall = samples.Select(s => s.Seconds).ToArray();
            var rates = wall.Select(w => dumpBytes / 1e6 / w).ToArray();
            var rss = samples.Select(s => s.PeakRssMb).ToArray();
            var parts = samples[0].BackupSeconds is null
                ? "—"
                : Invariant($"{Median(samples, s => s.BackupSeconds!.Value):F2} / {Median(samples, s => s.VerifySeconds!.Value):F2} / {Median(samples, s => s.Seconds - s.SourceSeconds!.Value):F2}");
            var rssLabel = side == Side.Pipeline ? " (aws)" : "";
            Console.WriteLine(Invariant(
                $"| {Label(side)} | {Stats.Median(wall):F2} ({wall.Min():F2}–{wall.Max():F2}) | {Stats.Median(rates):F1} ({rates.Min():F1}–{rates.Max():F1}) | ") + Invariant(
                $"{database.Size / 1e6 / Stats.Median(wall):F0} | {parts} | {Median(samples, s => s.CpuSeconds):F2} | {Stats.Median(rss):F1} ({rss.Max():F1}){rssLabel} |"));
        }

        var stored = Median(results[Side.Pipeline], s => s.Bytes!.Value);
        if (Math.Abs(stored - dumpBytes) > dumpBytes / 100)
        {
            Console.WriteLine(Invariant($"(The pipeline stored {stored / 1e6:F1} MB, ours {dumpBytes / 1e6:F1} MB.)"));
        }

        Console.WriteLine();
        PrintRatios(results);
    }

    private void PrintRatios(Dictionary<Side, List<Sample>> results)
    {
        double Wall(Side side) => Median(results[side], s => s.Seconds);
        double Phase(Side side) => Median(results[side], s => s.BackupSeconds!.Value);
        var limit = Wall(Side.Limit);
        var pipeline = Wall(Side.Pipeline);
        Console.WriteLine(Invariant(
            $"- ours → file:// vs the pg_dump limit (goal ≥ 0.9×): whole run **{limit / Wall(Side.OursFile):F2}×**, backup phase alone {limit / Phase(Side.OursFile):F2}×"));
        Console.WriteLine(Invariant(
            $"- ours → s3rver vs the pipeline (goal ≥ 1×): whole run **{pipeline / Wall(Side.OursS3):F2}×**, backup phase alone {pipeline / Phase(Side.OursS3):F2}×"));
        var waits = Median(results[Side.OursS3], s => s.RetrySeconds);
        if (waits > 0)
        {
            Console.WriteLine(Invariant(
                $"- ours → s3rver spent {waits:F2} s (median) in retry back-off its own warnings announce ({string.Join(", ", _retried)}); ") + Invariant(
                $"whole run less those waits: {pipeline / Median(results[Side.OursS3], s => s.Seconds - s.RetrySeconds):F2}× the pipeline"));
        }

        Console.WriteLine(Invariant(
            $"- AES-256-GCM: file:// encrypted/clear throughput {Wall(Side.OursFile) / Wall(Side.OursFileEncrypted):F2}× whole run, ") + Invariant(
            $"{Phase(Side.OursFile) / Phase(Side.OursFileEncrypted):F2}× backup phase"));
        Console.WriteLine("- verification share of the run: " + string.Join(", ", new[] { Side.OursFile, Side.OursFileEncrypted, Side.OursS3 }.Select(side =>
            Invariant($"{Label(side)} {Median(results[side], s => s.VerifySeconds!.Value / s.Seconds) * 100:F0}%"))));
        Console.WriteLine();
    }

    private static void PrintGrowth(IReadOnlyList<(Database Database, Dictionary<Side, List<Sample>> Results)> passes)
    {
        Console.WriteLine("## Peak RSS of ours as the database grows (goal ≤ 150 MB and flat)");
        Console.WriteLine();
        Console.WriteLine("| database | size MB | dump MB | ours → file:// peak RSS MB, median (max) | ours → s3rver peak RSS MB, median (max) |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (database, results) in passes)
        {
            var (file, s3) = (results[Side.OursFile], results[Side.OursS3]);
            Console.WriteLine(Invariant($"| `{database.Name}` ({database.Description}) | {database.Size / 1e6:F0} | {Median(file, s => s.Bytes!.Value) / 1e6:F1} | ") + Invariant(
                $"{Median(file, s => s.PeakRssMb):F1} ({file.Max(s => s.PeakRssMb):F1}) | {Median(s3, s => s.PeakRssMb):F1} ({s3.Max(s => s.PeakRssMb):F1}) |"));
        }

        Console.WriteLine();
    }

    private int PrintTempCheck()
    {
        Console.WriteLine(_tempProblems.Count == 0
            ? Invariant($"No temp files: each of the {_oursRuns} runs of ours had TMPDIR set to an empty directory under artifacts/bench-data, ") +
                "still empty at exit: **OK**; each file:// repository held exactly manifest.json and the dump afterwards (no .partial): **OK**"
            : $"Temp-file check FAILED: {string.Join("; ", _tempProblems)}");
        return _tempProblems.Count == 0 ? 0 : 1;
    }

    private async Task<Sample> MeasureAsync(Side side, string run, string database) => side switch
    {
        Side.Limit => await LimitAsync(database),
        Side.Pipeline => await PipelineAsync(run, database),
        _ => await OursAsync(side, run, database),
    };

    private async Task<Sample> LimitAsync(string database)
    {
        var timed = await Timed.RunAsync("r=$1; f=$2; shift 2; exec /usr/bin/time -f \"$f\" -o \"$r\" \"$@\" > /dev/null",
            [Timed.Format, _services.Tool("pg_dump"), "-Fc", database], _services.LibpqEnvironment(), _work);
        return new Sample(timed.Seconds, timed.PeakRssMb, timed.CpuSeconds);
    }

    private async Task<Sample> PipelineAsync(string run, string database)
    {
        var key = $"pipeline-{run}.dump";
        var environment = new Dictionary<string, string>(_services.LibpqEnvironment());
        foreach (var (name, value) in _aws)
        {
            environment[name] = value;
        }

        // /usr/bin/time wraps the whole pipe: its CPU is both processes', its peak RSS the larger one's, which is aws's.
        var timed = await Timed.RunAsync("r=$1; f=$2; shift 2; exec /usr/bin/time -f \"$f\" -o \"$r\" /bin/bash -c 'set -o pipefail; \"$1\" -Fc \"$2\" | \"${@:3}\"' pipe \"$@\"",
            [Timed.Format, _services.Tool("pg_dump"), database, Tools.Aws, "s3", "cp", "-", $"s3://{_services.S3Bucket}/{key}",
                "--endpoint-url", _services.S3Endpoint, "--only-show-errors"],
            environment, _work);
        var size = long.Parse(await Tools.RunAsync(Tools.Aws,
            ["s3api", "head-object", "--bucket", _services.S3Bucket, "--key", key, "--endpoint-url", _services.S3Endpoint, "--query", "ContentLength"], _aws),
            CultureInfo.InvariantCulture);
        await Tools.RunAsync(Tools.Aws, ["s3", "rm", $"s3://{_services.S3Bucket}/{key}", "--endpoint-url", _services.S3Endpoint, "--only-show-errors"], _aws);
        return new Sample(timed.Seconds, timed.PeakRssMb, timed.CpuSeconds) { Bytes = size };
    }

    private async Task<Sample> OursAsync(Side side, string run, string database)
    {
        var tmp = EmptyDirectory(Path.Combine(_work, "tmp"));
        var environment = new Dictionary<string, string>
        {
            ["DATABASE_URL"] = _services.DatabaseUrl(database),
            ["PG_BIN"] = _services.PgBin,
            ["LOG_LEVEL"] = "Warning",
            ["BACKUP_STALE_GRACE_MINUTES"] = "0",
            ["TMPDIR"] = tmp,
        };
        var prefix = $"bench-{run}";
        string? directory = null;
        if (side == Side.OursS3)
        {
            environment["BACKUP_REPOSITORY"] = $"s3://{_services.S3Bucket}/{prefix}";
            environment["S3_ENDPOINT"] = _services.S3Endpoint;
            environment["S3_ACCESS_KEY_ID"] = _services.S3AccessKeyId;
            environment["S3_SECRET_ACCESS_KEY"] = _services.S3SecretAccessKey;
            await RemovePrefixAsync(prefix);
        }
        else
        {
            directory = EmptyDirectory(Path.Combine(_work, "repository"));
            environment["BACKUP_REPOSITORY"] = "file://" + directory;
            if (side == Side.OursFileEncrypted)
            {
                environment["BACKUP_ENCRYPTION_KEY"] = _encryptionKey;
            }
        }

        var timed = await Timed.RunAsync("r=$1; f=$2; e=$3; shift 3; exec /usr/bin/time -f \"$f\" -o \"$r\" \"$@\" < \"$e\"",
            [Timed.Format, _eventFile, _bootstrap, "invoke", "--event", "-"], environment, _work);
        _oursRuns++;
        var result = Result.Parse(timed.Output, encrypted: side == Side.OursFileEncrypted);
        var manifestKey = $"sets/{result.SetId}/manifest.json";
        var manifest = directory is null
            ? await Tools.RunAsync(Tools.Aws, ["s3", "cp", $"s3://{_services.S3Bucket}/{prefix}/{manifestKey}", "-", "--endpoint-url", _services.S3Endpoint], _aws)
            : await File.ReadAllTextAsync(Path.Combine(directory, manifestKey));
        var (backupSeconds, functionVersion) = Result.BackupPhase(manifest);
        _functionVersion ??= functionVersion;

        var left = Directory.EnumerateFileSystemEntries(tmp, "*", SearchOption.AllDirectories).ToArray();
        if (left.Length > 0)
        {
            _tempProblems.Add($"{Label(side)} left {string.Join(", ", left)} in TMPDIR");
        }

        if (directory is not null)
        {
            var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f)).Order().ToArray();
            string[] expected = [manifestKey, .. result.Keys];
            if (!files.SequenceEqual(expected.Order()))
            {
                _tempProblems.Add($"{Label(side)} left the repository holding {string.Join(", ", files)}");
            }

            Directory.Delete(directory, recursive: true);
        }
        else
        {
            await RemovePrefixAsync(prefix);
        }

        var (retrySeconds, retried) = Result.RetryWaits(timed.Errors);
        _retried.UnionWith(retried);
        return new Sample(timed.Seconds, timed.PeakRssMb, timed.CpuSeconds)
        {
            RetrySeconds = retrySeconds,
            Bytes = result.Bytes,
            SourceSeconds = result.SourceSeconds,
            BackupSeconds = backupSeconds,
            VerifySeconds = result.SourceSeconds - backupSeconds,
        };
    }

    private Task<string> RemovePrefixAsync(string prefix) => Tools.RunAsync(Tools.Aws,
        ["s3", "rm", $"s3://{_services.S3Bucket}/{prefix}/", "--recursive", "--endpoint-url", _services.S3Endpoint, "--only-show-errors"], _aws);

    // Its size, and what it holds: pgbench tables (their scale is the branch count) or the random blobs of bench/run.sh.
    private async Task<Database> DatabaseAsync(string database)
    {
        Task<string> Query(string sql) => Tools.RunAsync(_services.Tool("psql"), ["-XAtq", "-d", database, "-c", sql], _services.LibpqEnvironment());
        var size = long.Parse(await Query("select pg_database_size(current_database())"), CultureInfo.InvariantCulture);
        var description = await Query("select to_regclass('pgbench_branches') is not null") == "t"
            ? "pgbench scale " + await Query("select count(*) from pgbench_branches")
            : await Query("select count(*) from blobs") + " rows of 1 KiB random bytea";
        return new Database(database, size, description);
    }

    private static string EmptyDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        return path;
    }

    private static double Median(IEnumerable<Sample> samples, Func<Sample, double> value) => Stats.Median(samples.Select(value).ToArray());

    private static string Text(string[] args, string name, string defaultValue) =>
        Array.IndexOf(args, name) is var index and >= 0 && index + 1 < args.Length ? args[index + 1] : defaultValue;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Database(string Name, long Size, string Description);

    /// <summary>One measured run.</summary>
    private sealed record Sample(double Seconds, double PeakRssMb, double CpuSeconds)
    {
        public long? Bytes { get; init; }

        public double? SourceSeconds { get; init; }

        public double? BackupSeconds { get; init; }

        public double? VerifySeconds { get; init; }

        public double RetrySeconds { get; init; }
    }
}
