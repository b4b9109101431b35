using Functions.BackupBench;

// Usage (see bench/README.md; bench/run.sh backup prepares the services, the binary and the databases first):
//   BackupBench [--rounds 3] [--database bench_backup] [--small-database bench_backup_small]
//               [--random-database bench_backup_random] [--random-rounds 1]
return await Benchmark.RunAsync(args);
