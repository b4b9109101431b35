using Functions.State.Redis;
using StackExchange.Redis;

namespace Functions.Autoscaler.State;

/// <summary>A lease in Redis: <c>SET key token NX PX</c>, released only by its holder (compare-and-delete in Lua).</summary>
/// <param name="redis">The connection.</param>
internal sealed class RedisScalingLease(RedisConnection redis) : IScalingLease
{
    private const string ReleaseScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    public string Kind => "redis";

    public async Task<IAsyncDisposable?> TryAcquireAsync(string service, TimeSpan duration, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync(cancellationToken);
        var key = new RedisKey($"autoscaler:lease:{service}");
        var token = Guid.NewGuid().ToString("N");
        return await database.StringSetAsync(key, token, duration, When.NotExists) ? new Held(database, key, token) : null;
    }

    private sealed class Held(IDatabase database, RedisKey key, string token) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await database.ScriptEvaluateAsync(ReleaseScript, [key], [token]);
    }
}
