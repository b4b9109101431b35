using System.IO.Compression;
using System.IO.Pipelines;
using Functions.Backup.Crypto;
using Functions.Backup.Pipeline.Streams;
using Functions.Backup.Repository;
using Microsoft.Extensions.Logging;

namespace Functions.Backup.Pipeline;

/// <summary>
/// The real <see cref="ISourceWriter"/>: what a source writes flows through hashing, gzip and encryption into a
/// bounded pipe that the repository uploads from as it fills. Memory is the pipe's window plus the upload's parts;
/// nothing touches the disk. A failure on either side cancels the other and leaves no object.
/// </summary>
/// <param name="repository">Where objects go.</param>
/// <param name="prefix">The source's folder in the set, ending with '/'.</param>
/// <param name="encoding">Compression and encryption.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">Progress logs.</param>
internal sealed partial class RepositorySourceWriter(IBackupRepository repository, string prefix, ObjectEncoding encoding, TimeProvider time, ILogger logger)
    : ISourceWriter
{
    private static readonly PipeOptions Window = new(pauseWriterThreshold: 4 << 20, resumeWriterThreshold: 2 << 20, useSynchronizationContext: false);

    public async Task<StoredObject> WriteAsync(string name, ObjectFormat format, Func<Stream, CancellationToken, Task> produce, CancellationToken cancellationToken)
    {
        var key = prefix + name + encoding.Suffix(format);
        var started = time.GetTimestamp();
        var pipe = new Pipe(Window);
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var upload = UploadAsync(key, pipe.Reader, failed);

        var progress = new ProgressReporter(key, time, logger);
        // Without compression or encryption the plain bytes are the stored bytes: hash them once.
        var transformed = encoding.Key is not null || encoding.Compresses(format);
        var stored = new HashingWriteStream(pipe.Writer.AsStream(leaveOpen: true), transformed ? null : progress.Report);
        var encrypted = encoding.Key is { } secret ? new EncryptingStream(stored, secret) : null;
        var compressed = encoding.Compresses(format) ? new GZipStream((Stream?)encrypted ?? stored, CompressionLevel.Fastest, leaveOpen: true) : null;
        var plain = transformed ? new HashingWriteStream((Stream?)compressed ?? (Stream?)encrypted ?? stored, progress.Report) : stored;
        try
        {
            await produce(plain, failed.Token);
            if (compressed is not null)
            {
                await compressed.DisposeAsync();
            }

            if (encrypted is not null)
            {
                await encrypted.FinishAsync(failed.Token);
            }

            await pipe.Writer.CompleteAsync();
        }
        catch (Exception e)
        {
            await failed.CancelAsync();
            await pipe.Writer.CompleteAsync(e);
            await IgnoreAsync(upload);
            throw;
        }
        finally
        {
            encrypted?.Dispose();
        }

        var write = await upload;
        var elapsed = time.GetElapsedTime(started);
        progress.Done(plain.BytesWritten, write.Size, elapsed);
        return new StoredObject(name, key, format, plain.BytesWritten, write.Size, stored.Sha256, plain.Sha256, write.Crc64,
            encoding.Compresses(format) ? "gzip" : "none", encoding.Key?.Id, elapsed);
    }

    // When the store fails first, cancel the producer so a dump does not run to its end into nothing.
    private async Task<RepositoryWrite> UploadAsync(string key, PipeReader reader, CancellationTokenSource failed)
    {
        try
        {
            await using var content = reader.AsStream();
            return await repository.WriteAsync(key, content, failed.Token);
        }
        catch
        {
            await failed.CancelAsync();
            throw;
        }
    }

    private static async Task IgnoreAsync(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception)
        {
            // The producer's failure is the one reported; the upload was aborted because of it.
        }
    }
}
