using System.Text;

namespace Functions.Backup.Sources.Redis.Protocol;

/// <summary>Buffered reading with an idle timeout.</summary>
internal sealed partial class RespClient
{
    // INFO replies are a few KB; nothing else read as a bulk reply comes near this.
    private const int MaxBulkReply = 16 << 20;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>Reads one line without its line end. Redis's keep-alive while it prepares an RDB is a bare "\n": an empty line.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The line.</returns>
    public async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var line = _buffer.AsSpan(_start, newline);
                _start += newline + 1;
                return Encoding.UTF8.GetString(line.EndsWith("\r"u8) ? line[..^1] : line);
            }

            if (_end - _start == _buffer.Length)
            {
                throw new InvalidDataException($"Redis sent a line longer than {_buffer.Length} bytes.");
            }

            if (await FillAsync(cancellationToken) == 0)
            {
                throw new EndOfStreamException("Redis closed the connection.");
            }
        }
    }

    /// <summary>Reads what follows the last line: buffered bytes first, then straight from the socket.</summary>
    /// <param name="destination">Where to read to.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>How many bytes were read; 0 when the server closed the connection.</returns>
    public async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        if (_end == _start)
        {
            return await ReceiveAsync(destination, cancellationToken);
        }

        var count = Math.Min(destination.Length, _end - _start);
        _buffer.AsMemory(_start, count).CopyTo(destination);
        _start += count;
        return count;
    }

    private async Task<byte[]> ReadBulkAsync(int length, CancellationToken cancellationToken)
    {
        var bulk = new byte[length + 2];
        for (var filled = 0; filled < bulk.Length;)
        {
            var read = await ReadAsync(bulk.AsMemory(filled), cancellationToken);
            filled += read > 0 ? read : throw new EndOfStreamException("Redis closed the connection inside a reply.");
        }

        return bulk[..length];
    }

    private async ValueTask<int> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        var read = await ReceiveAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        return read;
    }

    // The idle timer runs only while a read waits, so a slow consumer (an upload catching up) never trips it.
    private async ValueTask<int> ReceiveAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _idle.Token);
        _idle.CancelAfter(_idleTimeout);
        try
        {
            return await _stream.ReadAsync(destination, either.Token);
        }
        catch (OperationCanceledException) when (_idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Redis sent nothing for {_idleTimeout.TotalSeconds:0.#} s.");
        }
        finally
        {
            if (!_idle.IsCancellationRequested)
            {
                _idle.CancelAfter(Timeout.InfiniteTimeSpan);
            }
        }
    }
}
