using Functions.Backup.Pipeline.Streams;
namespace Functions.Backup.Sources.LabelStudio;

/// <summary>
/// Reads a live file as exactly the length it had when it was opened. TarWriter writes an entry's size in its header
/// and then copies the data stream to its end, so a file that grew or shrank while being read would corrupt every
/// entry after it: bytes past the length are left out, and a file that shrank is padded with zeros.
/// </summary>
internal sealed class FileSnapshotStream : ForwardReadStream
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
    public override bool CanSeek => true;

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
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
