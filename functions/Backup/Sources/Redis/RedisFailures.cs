using System.Net.Sockets;
using System.Security.Authentication;
using Functions.Backup.Sources.Redis.Protocol;
using StackExchange.Redis;

namespace Functions.Backup.Sources.Redis;

/// <summary>The failures a Redis backup or restore reports as a <see cref="Pipeline.SourceFailedException"/> with their message.</summary>
internal static class RedisFailures
{
    /// <summary>Whether the exception is the server, the network or the data failing, rather than a bug or a cancellation.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>True when it is.</returns>
    public static bool IsExpected(Exception exception) =>
        exception is RedisException or RedisReplyException or IOException or SocketException or TimeoutException
            or InvalidDataException or AuthenticationException;
}
