using Functions.AlertHandler.Alerts;
using Functions.State.Redis;
using StackExchange.Redis;

namespace Functions.AlertHandler.State;

/// <summary>
/// Remembers in Redis which alert states were already recorded, so the retried and repeated callbacks of an alarm
/// storm are answered from one round trip without touching PostgreSQL. A state is remembered only after
/// PostgreSQL has it: a crash in between makes the retry record it again (idempotently), never lose it.
/// </summary>
/// <param name="redis">The Redis connection.</param>
/// <param name="prefix">The namespace of the keys (ALERT_REDIS_PREFIX).</param>
internal sealed class DeliveryMemory(RedisConnection redis, string prefix)
{
    private static readonly TimeSpan Remember = TimeSpan.FromHours(1);

    /// <summary>Whether every alert's current state was already recorded.</summary>
    public async Task<bool> AllRecordedAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        if (alerts.Count == 0)
        {
            return false;
        }

        var database = await redis.DatabaseAsync(cancellationToken);
        var values = await database.StringGetAsync(alerts.Select(KeyOf).ToArray()).WaitAsync(cancellationToken);
        return values.All(v => v.HasValue);
    }

    /// <summary>Remembers that the alerts' current states are recorded.</summary>
    public async Task RememberAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync(cancellationToken);
        var pairs = alerts.Select(a => new KeyValuePair<RedisKey, RedisValue>(KeyOf(a), 1)).ToArray();
        var batch = database.CreateBatch();
        var writes = pairs.Select(p => batch.StringSetAsync(p.Key, p.Value, Remember)).ToArray();
        batch.Execute();
        await Task.WhenAll(writes).WaitAsync(cancellationToken);
    }

    /// <summary>
    /// True for the first caller in <paramref name="window"/>: callbacks ask for an immediate flush, and a storm
    /// should start one flush, not one per callback.
    /// </summary>
    public async Task<bool> TryRequestFlushAsync(TimeSpan window, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync(cancellationToken);
        return await database.StringSetAsync(prefix + "flush-requested", 1, window, When.NotExists).WaitAsync(cancellationToken);
    }

    // The state of one episode: status and the times that tell a retry from a new firing or a resolution.
    private RedisKey KeyOf(Alert alert) =>
        $"{prefix}recorded:{alert.Fingerprint}:{AlertStore.StatusText(alert.Status)}:{alert.StartsAt.ToUnixTimeSeconds()}:{alert.EndsAt?.ToUnixTimeSeconds() ?? 0}";
}
