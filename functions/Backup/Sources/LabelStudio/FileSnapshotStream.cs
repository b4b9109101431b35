namespace Functions.Backup.Sources.LabelStudio;

/// <summary>
/// Reads a live file as exactly the length it had when it was opened. TarWriter writes an entry's size in its header
/// and then copies the data stream to its end, so a file that grew or shrank while being read would corrupt every
/// entry after it: bytes past the length are left out, and a file that shrank is padded with zeros.
/// </summary>
internal sealed class FileSnapshotStream : Stream
{
    private readonly FileStream _file;
    private readonly long _length;
    private long _position;

    /// <summary>Opens the file for reading without getting in the way of its writers.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="FileNotFoundException">It vanished.</exception>
    public FileSnapshotStream(string path)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        _length = _file.Length;
    }

    /// <summary>Whether the file ended before its length was read (the rest was padded with zeros).</summary>
    public bool Shrank { get; private set; }

    /// <summary>Whether the file is now longer than when it was opened.</summary>
    public bool Grew => _file.Length > _length;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => true;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => _length;

    /// <inheritdoc />
    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var wanted = (int)Math.Min(buffer.Length, _length - _position);
        if (wanted <= 0)
        {
            return 0;
        }

        var read = Shrank ? 0 : await _file.ReadAsync(buffer[..wanted], cancellationToken);
        if (read == 0)
        {
            Shrank = true;
            buffer.Span[..wanted].Clear();
            read = wanted;
        }

        _position += read;
        return read;
    }

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
