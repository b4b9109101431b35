using Functions.Backup.Pipeline;
using Functions.Backup.Restore;

namespace Functions.Backup.Tests.Support;

/// <summary>
/// Hands out one object's first <c>failAfter</c> bytes and then throws <see cref="InvalidDataException"/>, as the real
/// reader does when the SHA-256 or the encryption does not check out (mid-way for a cut, at the end for a flipped byte).
/// Other objects are read intact; with no name, every object is damaged.
/// </summary>
internal sealed class CorruptObjectReader(IObjectReader inner, string? corruptName, Func<long, long> failAfter) : IObjectReader
{
    /// <summary>Every object read whole, then failing its check at the end.</summary>
    public static CorruptObjectReader AtEnd(IObjectReader inner) => new(inner, null, size => size);

    public async Task<Stream> OpenAsync(StoredObject entry, CancellationToken cancellationToken)
    {
        var stream = await inner.OpenAsync(entry, cancellationToken);
        if (corruptName is not null && entry.Name != corruptName)
        {
            return stream;
        }

        await using (stream)
        {
            using var bytes = new MemoryStream();
            await stream.CopyToAsync(bytes, cancellationToken);
            return new FailingAtEndStream(bytes.ToArray()[..(int)failAfter(entry.PlainSize)]);
        }
    }

    private sealed class FailingAtEndStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => Check(base.Read(buffer, offset, count), count);

        public override int Read(Span<byte> buffer) => Check(base.Read(buffer), buffer.Length);

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Check(await base.ReadAsync(buffer, cancellationToken), buffer.Length);

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Check(await base.ReadAsync(buffer.AsMemory(offset, count), cancellationToken), count);

        // MemoryStream copies its buffer without reading: end the copy the way a reader at its end would.
        public override async Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
        {
            await base.CopyToAsync(destination, bufferSize, cancellationToken);
            Check(0, 1);
        }

        private static int Check(int read, int wanted) =>
            read == 0 && wanted > 0 ? throw new InvalidDataException("SHA-256 does not match the manifest: the object is damaged") : read;
    }
}
