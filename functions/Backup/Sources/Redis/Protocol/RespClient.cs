using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace Functions.Backup.Sources.Redis.Protocol;

/// <summary>
/// A bare RESP connection, for what a multiplexed client cannot do: the replication handshake, after which the
/// socket carries a raw RDB instead of replies. One request at a time; reads go through one fixed buffer, so memory
/// stays bounded however large the RDB, and every read must bring something within the idle timeout.
/// </summary>
internal sealed partial class RespClient : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly TimeSpan _idleTimeout;
    private readonly CancellationTokenSource _idle;

    private RespClient(Stream stream, TimeProvider time, TimeSpan idleTimeout)
    {
        _stream = stream;
        _idleTimeout = idleTimeout;
        _idle = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
    }

    /// <summary>Connects (TLS for <c>rediss://</c>) and authenticates when the options carry a password.</summary>
    /// <param name="options">The server, credentials and TLS setting.</param>
    /// <param name="time">The clock for the timeouts.</param>
    /// <param name="idleTimeout">How long a read may wait for the first byte (Redis's own repl-timeout is 60 s).</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The connected client.</returns>
    public static async Task<RespClient> ConnectAsync(
        ConfigurationOptions options, TimeProvider time, TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        var (host, port) = RedisConnectionOptions.Endpoint(options);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        try
        {
            using (var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(options.ConnectTimeout), time))
            using (var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
            {
                try
                {
                    await socket.ConnectAsync(host, port, connecting.Token);
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException($"Could not connect to {host}:{port} within {options.ConnectTimeout} ms.");
                }
            }

            stream = new NetworkStream(socket, ownsSocket: true);
            if (options.Ssl)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = ssl;
                await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = options.SslHost ?? host }, cancellationToken);
            }

            var client = new RespClient(stream, time, idleTimeout);
            if (options.Password is { } password)
            {
                await client.ExecuteAsync(options.User is { } user ? ["AUTH", user, password] : ["AUTH", password], cancellationToken);
            }

            return client;
        }
        catch
        {
            if (stream is not null)
            {
                await stream.DisposeAsync();
            }

            socket.Dispose();
            throw;
        }
    }

    /// <summary>Sends a command and reads its reply.</summary>
    /// <param name="arguments">The command and its arguments.</param>
    /// <param name="cancellationToken">Cancels the exchange.</param>
    /// <returns>The reply's text: a status, an integer, a bulk string, or null for a nil bulk string.</returns>
    /// <exception cref="RedisReplyException">The server answered with an error.</exception>
    public async Task<string?> ExecuteAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        await SendAsync(arguments, cancellationToken);
        return await ReadReplyAsync(cancellationToken);
    }

    /// <summary>Sends a command as a RESP array without waiting for its reply.</summary>
    /// <param name="arguments">The command and its arguments.</param>
    /// <param name="cancellationToken">Cancels sending.</param>
    /// <returns>A task that completes once it is sent.</returns>
    public async Task SendAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"*{arguments.Count}\r\n");
        foreach (var argument in arguments)
        {
            text.Append(CultureInfo.InvariantCulture, $"${Encoding.UTF8.GetByteCount(argument)}\r\n{argument}\r\n");
        }

        await SendRawAsync(text.ToString(), cancellationToken);
    }

    /// <summary>Sends an inline command (a bare line), as <c>redis-cli</c> sends <c>SYNC</c>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="cancellationToken">Cancels sending.</param>
    /// <returns>A task that completes once it is sent.</returns>
    public Task SendInlineAsync(string command, CancellationToken cancellationToken) => SendRawAsync(command + "\r\n", cancellationToken);

    /// <summary>Reads one reply.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The reply's text (see <see cref="ExecuteAsync"/>).</returns>
    /// <exception cref="RedisReplyException">The reply is an error.</exception>
    public async Task<string?> ReadReplyAsync(CancellationToken cancellationToken)
    {
        var line = await ReadLineAsync(cancellationToken);
        switch (line.Length > 0 ? line[0] : '\0')
        {
            case '+' or ':':
                return line[1..];
            case '-':
                throw new RedisReplyException(line[1..]);
            case '$' when long.TryParse(line.AsSpan(1), CultureInfo.InvariantCulture, out var length) && length is >= -1 and <= MaxBulkReply:
                return length < 0 ? null : Encoding.UTF8.GetString(await ReadBulkAsync((int)length, cancellationToken));
            default:
                throw new InvalidDataException($"Redis sent an unexpected reply: '{Clip(line)}'.");
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _idle.Dispose();
    }

    /// <summary>Shortens what the server sent for a message.</summary>
    /// <param name="text">The text.</param>
    /// <returns>At most 80 characters of it.</returns>
    public static string Clip(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private async Task SendRawAsync(string text, CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await _stream.FlushAsync(cancellationToken);
    }
}
