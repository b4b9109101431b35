using Npgsql;

namespace Functions.AlertHandler.State;

internal sealed partial class AlertStore
{
    private const string ActionColumns =
        "key, type, route_id, group_key, fingerprint, alert_name, reason, cooldown_seconds, dry_run, status, detail, attempts, created_at, finished_at";

    /// <summary>
    /// Claims queued actions (and ones whose performer died <paramref name="staleAfter"/> ago): a claimed action is
    /// 'running', so a concurrent flush never performs it too.
    /// </summary>
    public async Task<IReadOnlyList<ActionRecord>> ClaimActionsAsync(DateTimeOffset now, TimeSpan staleAfter, int limit, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        await using var command = dataSource.CreateCommand(
            "UPDATE alert_actions AS a SET status = 'running', started_at = $1, attempts = a.attempts + 1 FROM (SELECT key FROM alert_actions " +
            "WHERE status = 'pending' OR (status = 'running' AND started_at < $2) ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED) due " +
            "WHERE a.key = due.key RETURNING " + string.Join(", ", ActionColumns.Split(", ").Select(c => "a." + c)));
        command.Parameters.Add(Time(now));
        command.Parameters.Add(Time(now - staleAfter));
        command.Parameters.Add(new() { Value = limit });
        return await ReadActionsAsync(command, cancellationToken);
    }

    /// <summary>
    /// Takes the route's cooldown slot for an action type until <paramref name="until"/>, if it is free at
    /// <paramref name="now"/>: one atomic statement, so two flushes acting for different alerts of the same route
    /// cannot both pass the cooldown. Null when taken; otherwise when the slot frees.
    /// </summary>
    public async Task<DateTimeOffset?> TryTakeCooldownAsync(string type, string routeId, DateTimeOffset until, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "WITH taken AS (INSERT INTO alert_cooldowns AS c (type, route_id, until) VALUES ($1, $2, $3) " +
            "ON CONFLICT (type, route_id) DO UPDATE SET until = excluded.until WHERE c.until <= $4 RETURNING 1) " +
            "SELECT CASE WHEN EXISTS (SELECT FROM taken) THEN NULL ELSE (SELECT until FROM alert_cooldowns WHERE type = $1 AND route_id = $2) END");
        command.Parameters.Add(Text(type));
        command.Parameters.Add(Text(routeId));
        command.Parameters.Add(Time(until));
        command.Parameters.Add(Time(now));
        return TimeOf(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>When the route's cooldown for an action type frees, or null when it is free at <paramref name="now"/>.</summary>
    public async Task<DateTimeOffset?> CooldownUntilAsync(string type, string routeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT until FROM alert_cooldowns WHERE type = $1 AND route_id = $2 AND until > $3");
        command.Parameters.Add(Text(type));
        command.Parameters.Add(Text(routeId));
        command.Parameters.Add(Time(now));
        return TimeOf(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>Frees a cooldown slot taken by an action that then failed, so a retry may act.</summary>
    public async Task ReleaseCooldownAsync(string type, string routeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE alert_cooldowns SET until = $3 WHERE type = $1 AND route_id = $2");
        command.Parameters.Add(Text(type));
        command.Parameters.Add(Text(routeId));
        command.Parameters.Add(Time(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records how a claimed action ended; 'pending' puts it back for the next flush.</summary>
    public async Task FinishActionAsync(string key, string status, string detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE alert_actions SET status = $2, detail = $3, finished_at = CASE WHEN $2 = 'pending' THEN NULL ELSE $4 END WHERE key = $1");
        command.Parameters.Add(Text(key));
        command.Parameters.Add(Text(status));
        command.Parameters.Add(Text(detail));
        command.Parameters.Add(Time(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The newest actions, for status.</summary>
    public async Task<IReadOnlyList<ActionRecord>> RecentActionsAsync(int limit, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        await using var command = dataSource.CreateCommand($"SELECT {ActionColumns} FROM alert_actions ORDER BY created_at DESC LIMIT $1");
        command.Parameters.Add(new() { Value = limit });
        return await ReadActionsAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<ActionRecord>> ReadActionsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var actions = new List<ActionRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var action = new QueuedAction(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetString(6), TimeSpan.FromSeconds(reader.GetInt32(7)), reader.GetBoolean(8));
            actions.Add(new ActionRecord(
                action, reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10), reader.GetInt32(11),
                reader.GetFieldValue<DateTimeOffset>(12), reader.IsDBNull(13) ? null : reader.GetFieldValue<DateTimeOffset>(13)));
        }

        return actions;
    }
}
