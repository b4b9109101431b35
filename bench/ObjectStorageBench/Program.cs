using Functions.ObjectStorageBench;

// Usage (see bench/README.md):
//   ObjectStorageBench run [--size-mb 1024] [--rounds 3]     the benchmark: ours vs aws s3 cp, alternated
//   ObjectStorageBench upload-stdin --key KEY                 one upload of stdin (unknown length), as the measured process
return args.FirstOrDefault() switch
{
    "upload-stdin" => await StdinUpload.RunAsync(args),
    "run" => await Benchmark.RunAsync(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ObjectStorageBench run [--size-mb N] [--rounds N] | upload-stdin --key KEY [--part-size-mb N] [--concurrency N]");
    return 2;
}
