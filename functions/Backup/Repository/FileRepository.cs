using System.Runtime.CompilerServices;
using Functions.ObjectStorage.Hashing;

namespace Functions.Backup.Repository;

/// <summary>
/// A repository in a directory (local disk, CFS, NFS). A write goes to <c>&lt;key&gt;.partial</c> and is renamed
/// into place when complete and flushed, so a crash leaves only a <c>.partial</c> file, which clean-up removes.
/// </summary>
/// <param name="root">The absolute root directory.</param>
/// <param name="time">The clock, for clean-up's grace period.</param>
internal sealed class FileRepository(string root, TimeProvider time) : IBackupRepository
{
    private const string PartialSuffix = ".partial";

    public string Location => new Uri(root).AbsoluteUri;

    public async Task<RepositoryWrite> WriteAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + PartialSuffix;
        var crc = new Crc64Xz();
        long size = 0;
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    crc.Append(buffer.AsSpan(0, read));
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }

                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(partial, path, overwrite: true);
            return new RepositoryWrite(key, size, crc.GetCurrentValue(), Crc64Verified: false);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    public async Task PutAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        await WriteAsync(key, stream, cancellationToken);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan)
            : null);
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        var keys = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(PartialSuffix, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return key;
        }

        await Task.CompletedTask;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        File.Delete(path);
        RemoveEmptyDirectories(Path.GetDirectoryName(path)!);
        return Task.CompletedTask;
    }

    public Task<int> CleanUpIncompleteWritesAsync(TimeSpan grace, bool dryRun, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(root))
        {
            return Task.FromResult(0);
        }

        var cutoff = time.GetUtcNow() - grace;
        var stale = Directory.EnumerateFiles(root, "*" + PartialSuffix, SearchOption.AllDirectories)
            .Where(f => File.GetLastWriteTimeUtc(f) < cutoff.UtcDateTime)
            .ToArray();
        if (!dryRun)
        {
            foreach (var file in stale)
            {
                File.Delete(file);
                RemoveEmptyDirectories(Path.GetDirectoryName(file)!);
            }
        }

        return Task.FromResult(stale.Length);
    }

    // A removed set leaves no empty folders behind; a folder another run has just written to is not empty and stays.
    private void RemoveEmptyDirectories(string directory)
    {
        var top = Path.GetFullPath(root);
        for (var current = directory; current.Length > top.Length && current.StartsWith(top, StringComparison.Ordinal); current = Path.GetDirectoryName(current)!)
        {
            try
            {
                Directory.Delete(current);
            }
            catch (IOException)
            {
                return;
            }
        }
    }

    // Keys come from our own layout, but a restore names a set id from an operator: never leave the root.
    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(root, key));
        return path.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"The key '{key}' leaves the repository.", nameof(key));
    }
}
