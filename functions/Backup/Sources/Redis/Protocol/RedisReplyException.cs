namespace Functions.Backup.Sources.Redis.Protocol;

/// <summary>Redis answered with an error reply (<c>-ERR …</c>, <c>-NOPERM …</c>, <c>-LOADING …</c>).</summary>
/// <param name="reply">The reply without its leading '-'.</param>
internal sealed class RedisReplyException(string reply) : Exception(reply)
{
    /// <summary>The error's code: its first word, e.g. <c>ERR</c>, <c>NOPERM</c>, <c>WRONGPASS</c>.</summary>
    public string Code { get; } = reply.Split(' ', 2)[0];

    /// <summary>
    /// Whether the server refuses the command itself (unknown, renamed away, not permitted) rather than failing
    /// for a passing reason: managed services answer SYNC and REPLCONF this way.
    /// </summary>
    public bool IsRefusal => Code is "ERR" or "NOPERM";
}
