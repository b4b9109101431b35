using System.Globalization;
using Functions.Backup.Pipeline;
using Functions.Backup.Restore;
using Functions.Backup.Sources.Redis.Logical;
using Functions.Backup.Sources.Redis.Rdb;
using Functions.State.Redis;

namespace Functions.Backup.Sources.Redis;

/// <summary>
/// An RDB restore: a live server cannot load an RDB without a restart, so a temporary <c>redis-server</c> of our own
/// loads it from a private temporary directory, and its keys are copied into the target as a logical snapshot's would be.
/// The RDB is whole on disk before the target is touched, so a damaged object changes nothing.
/// </summary>
internal sealed partial class RedisRestorer
{
    private async Task<long> FromRdbAsync(StoredObject entry, IObjectReader reader, KeyRestorer restorer, RedisProgress progress,
        IReadOnlyDictionary<string, string> details, CancellationToken cancellationToken)
    {
        var executable = TemporaryRedisServer.FindExecutable()
            ?? throw Failed("restoring an RDB needs redis-server on PATH to read it (Debian package redis-server); none was found");
        var directory = CreatePrivateDirectory(Path.Combine(scratchDirectory ?? Path.GetTempPath(), $"redis-restore-{Guid.NewGuid():N}"));
        try
        {
            var rdb = Path.Combine(directory.FullName, RedisSource.RdbObjectName);
            var bytes = await DownloadAsync(entry, reader, rdb, progress, cancellationToken);
            await using var server = await TemporaryRedisServer.StartAsync(executable, directory.FullName,
                ["--dbfilename", RedisSource.RdbObjectName, "--databases", DatabaseCount(details)], time, cancellationToken);
            logger.TemporaryServerStarted(server.Port);
            await using var connection = new RedisConnection(server.Options);
            var loaded = await connection.GetAsync(cancellationToken);
            var keyspace = await KeyspaceAsync(loaded, cancellationToken);
            var dumper = new KeyspaceDumper(loaded, time, BatchSize);
            foreach (var (database, keys) in keyspace)
            {
                await foreach (var batch in dumper.DumpAsync(database, keys, cancellationToken))
                {
                    foreach (var record in batch)
                    {
                        await restorer.AddAsync(record, cancellationToken);
                    }

                    progress.Report(restorer.Restored + restorer.Expired, bytes);
                }
            }

            await restorer.FlushAsync(cancellationToken);
            return bytes;
        }
        finally
        {
            try
            {
                directory.Delete(recursive: true);
            }
            catch (IOException e)
            {
                logger.TemporaryDirectoryLeft(directory.FullName, e.Message);
            }
        }
    }

    private static async Task<long> DownloadAsync(
        StoredObject entry, IObjectReader reader, string path, RedisProgress progress, CancellationToken cancellationToken)
    {
        await using var source = await reader.OpenAsync(entry, cancellationToken);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        var buffer = new byte[1 << 16];
        long bytes = 0;
        int count;
        while ((count = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await file.WriteAsync(buffer.AsMemory(0, count), cancellationToken);
            bytes += count;
            progress.Report(0, bytes);
        }

        return bytes;
    }

    // The RDB holds the data in clear: only this user may read it.
    private static DirectoryInfo CreatePrivateDirectory(string path)
    {
        var directory = Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            directory.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        return directory;
    }

    // The loader refuses an RDB with more databases than configured; the backup recorded which ones held keys.
    private static string DatabaseCount(IReadOnlyDictionary<string, string> details)
    {
        var highest = details.GetValueOrDefault("dbs", "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(db => int.TryParse(db, CultureInfo.InvariantCulture, out var number) ? number : 0)
            .DefaultIfEmpty(0)
            .Max();
        return Math.Max(16, highest + 1).ToString(CultureInfo.InvariantCulture);
    }
}
