using System.Globalization;
using System.Text;
using Functions.Backup.Sources.Redis.Protocol;

namespace Functions.Backup.Sources.Redis.Rdb;

/// <summary>
/// Asks a server for an RDB the way <c>redis-cli --rdb</c> does (src/redis-cli.c <c>sendCapa</c>,
/// <c>sendRdbOnly</c>, <c>sendSync</c>): as a replica that wants the snapshot and nothing after it.
/// </summary>
internal static class RdbReplication
{
    /// <summary>Runs the handshake up to the RDB's first byte.</summary>
    /// <param name="client">An authenticated connection; it carries the RDB afterwards.</param>
    /// <param name="cancellationToken">Cancels waiting (the server may take a while to start the RDB).</param>
    /// <returns>How the RDB will arrive.</returns>
    /// <exception cref="RedisReplyException">The server refused REPLCONF or SYNC (see <see cref="RedisReplyException.IsRefusal"/>).</exception>
    public static async Task<RdbOffer> RequestAsync(RespClient client, CancellationToken cancellationToken)
    {
        // capa eof lets a diskless server stream the RDB with an end mark instead of a length it cannot know.
        await client.ExecuteAsync(["REPLCONF", "capa", "eof"], cancellationToken);
        string? rdbOnlyRefusal = null;
        try
        {
            // 7.0+: no replication stream after the RDB, and the server drops us once it is sent.
            await client.ExecuteAsync(["REPLCONF", "rdb-only", "1"], cancellationToken);
        }
        catch (RedisReplyException e) when (e.Code == "ERR")
        {
            // Older servers: "ERR Unrecognized REPLCONF option: rdb-only"; the RDB still comes (redis#12341).
            rdbOnlyRefusal = e.Message;
        }

        // The replies above must be read first: 7.0 answers a SYNC that arrives behind pending output with
        // "-ERR SYNC and PSYNC are invalid with pending output".
        await client.SendInlineAsync("SYNC", cancellationToken);
        while (true)
        {
            var line = await client.ReadLineAsync(cancellationToken);
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '-')
            {
                throw new RedisReplyException(line[1..]);
            }

            if (line.StartsWith("$EOF:", StringComparison.Ordinal) && line.Length == 5 + RdbOffer.EofMarkLength)
            {
                return new RdbOffer(null, Encoding.ASCII.GetBytes(line[5..]), rdbOnlyRefusal);
            }

            if (line[0] == '$' && long.TryParse(line.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                return new RdbOffer(length, null, rdbOnlyRefusal);
            }

            throw new InvalidDataException($"Redis answered SYNC with '{RespClient.Clip(line)}', not an RDB.");
        }
    }
}
