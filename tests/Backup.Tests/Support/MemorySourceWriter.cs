using System.Security.Cryptography;
using Functions.Backup.Pipeline;
using Functions.Backup.Restore;

namespace Functions.Backup.Tests.Support;

/// <summary>
/// A writer and reader that keep objects in memory, unencrypted and uncompressed, for testing sources and
/// restorers without a repository. It streams through a pipe like the real writer, so a source that writes
/// after completing, or never completes, is caught.
/// </summary>
internal sealed class MemorySourceWriter(string source) : ISourceWriter, IObjectReader
{
    private readonly Dictionary<string, byte[]> _objects = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Objects => _objects;

    public async Task<StoredObject> WriteAsync(string name, ObjectFormat format, Func<Stream, CancellationToken, Task> produce, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var pipe = new System.IO.Pipelines.Pipe();
        var reading = Task.Run(async () =>
        {
            using var buffer = new MemoryStream();
            await pipe.Reader.AsStream().CopyToAsync(buffer, cancellationToken);
            return buffer.ToArray();
        }, cancellationToken);
        var writing = pipe.Writer.AsStream();
        try
        {
            await produce(writing, cancellationToken);
            await pipe.Writer.CompleteAsync();
        }
        catch (Exception e)
        {
            await pipe.Writer.CompleteAsync(e);
            throw;
        }

        var bytes = await reading;
        var key = $"{source}/{name}";
        _objects[key] = bytes;
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new StoredObject(name, key, format, bytes.Length, bytes.Length, sha, sha, 0, "none", null, TimeProvider.System.GetElapsedTime(started));
    }

    public Task<Stream> OpenAsync(StoredObject entry, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new MemoryStream(_objects[entry.Key], writable: false));
}
