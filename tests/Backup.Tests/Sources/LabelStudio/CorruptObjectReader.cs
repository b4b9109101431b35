using Functions.Backup.Pipeline;
using Functions.Backup.Restore;

namespace Functions.Backup.Tests.Sources.LabelStudio;

/// <summary>
/// Hands out one object's first <c>failAfter</c> bytes and then throws <see cref="InvalidDataException"/>, as the real
/// reader does when the SHA-256 or the encryption does not check out (mid-way for a cut, at the end for a flipped byte).
/// Other objects are read intact.
/// </summary>
internal sealed class CorruptObjectReader(IObjectReader inner, string corruptName, Func<long, long> failAfter) : IObjectReader
{
    public async Task<Stream> OpenAsync(StoredObject entry, CancellationToken cancellationToken)
    {
        var stream = await inner.OpenAsync(entry, cancellationToken);
        return entry.Name == corruptName ? new FailingStream(stream, failAfter(entry.PlainSize)) : stream;
    }

    private sealed class FailingStream(Stream inner, long failAfter) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var allowed = (int)Math.Min(buffer.Length, failAfter - _read);
            var read = allowed > 0 ? inner.Read(buffer[..allowed]) : 0;
            if (read == 0 && buffer.Length > 0)
            {
                throw new InvalidDataException("SHA-256 does not match the manifest: the object is damaged");
            }

            _read += read;
            return read;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
