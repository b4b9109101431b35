using System.Text.Json;
using Functions.State.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Functions.AlertHandler.State;

/// <summary>
/// Alerts, groups and their timers, queued actions and silences in PostgreSQL: the one place every instance of the
/// function agrees on, so cold starts and concurrent deliveries neither lose nor duplicate anything.
/// </summary>
/// <param name="dataSource">The database.</param>
internal sealed partial class AlertStore(NpgsqlDataSource dataSource)
{
    private const string ForeignKeyViolation = "23503";
    private readonly LazySchema _schema = new(dataSource, AlertSchema.Name, AlertSchema.Create);

    /// <summary>
    /// Records a callback's alerts in their groups (a new group's first flush is group_wait away) and queues the
    /// actions they ask for; all in one transaction, and idempotent, so a duplicate delivery changes nothing.
    /// </summary>
    /// <returns>How many actions were newly queued.</returns>
    public async Task<int> RecordAsync(IReadOnlyList<RoutedAlert> alerts, IReadOnlyList<QueuedAction> actions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        try
        {
            return await WriteAsync(alerts, actions, now, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == ForeignKeyViolation)
        {
            // A flush deleted the group (its last alert resolved) between our two statements: write again.
            return await WriteAsync(alerts, actions, now, cancellationToken);
        }
    }

    private async Task<int> WriteAsync(IReadOnlyList<RoutedAlert> alerts, IReadOnlyList<QueuedAction> actions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var grouped in alerts)
        {
            batch.BatchCommands.Add(InsertGroup(grouped, now));
            batch.BatchCommands.Add(UpsertAlert(grouped, now));
        }

        foreach (var action in actions)
        {
            batch.BatchCommands.Add(InsertAction(action, now));
        }

        var queued = 0;
        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
            for (var i = alerts.Count * 2; i < batch.BatchCommands.Count; i++)
            {
                queued += batch.BatchCommands[i].RecordsAffected;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return queued;
    }

    private static NpgsqlBatchCommand InsertGroup(RoutedAlert grouped, DateTimeOffset now) =>
        Command(
            "INSERT INTO alert_groups (group_key, group_key_text, route_id, receiver, group_labels, created_at, next_flush_at, updated_at) " +
            "VALUES ($1, $7, $2, $3, $4, $5, $6, $5) ON CONFLICT (group_key) DO NOTHING",
            Text(grouped.GroupKey), Text(grouped.RouteId), Text(grouped.Receiver), Jsonb(grouped.GroupLabels), Time(now), Time(FirstFlush(grouped, now)), Text(grouped.GroupKeyText));

    // As the scheduler (and Alertmanager): an alert that started long before it reached us need not wait again.
    private static DateTimeOffset FirstFlush(RoutedAlert grouped, DateTimeOffset now) =>
        (grouped.Alert.Status == Alerts.AlertStatus.Firing && grouped.Alert.StartsAt < now ? grouped.Alert.StartsAt : now) + grouped.GroupWait;

    // A firing delivery never reopens the same episode once it resolved (late retries arrive out of order);
    // a firing with a later start is a new episode.
    private static NpgsqlBatchCommand UpsertAlert(RoutedAlert grouped, DateTimeOffset now)
    {
        var alert = grouped.Alert;
        return Command(
            "INSERT INTO alert_group_alerts AS a (group_key, fingerprint, source, status, labels, annotations, starts_at, ends_at, delivery_id, updated_at) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (group_key, fingerprint) DO UPDATE SET " +
            "status = excluded.status, labels = excluded.labels, annotations = excluded.annotations, starts_at = excluded.starts_at, " +
            "ends_at = excluded.ends_at, delivery_id = excluded.delivery_id, updated_at = excluded.updated_at " +
            "WHERE (a.status, a.starts_at, a.ends_at, a.annotations) IS DISTINCT FROM (excluded.status, excluded.starts_at, excluded.ends_at, excluded.annotations) " +
            "AND NOT (a.status = 'resolved' AND excluded.status = 'firing' AND excluded.starts_at <= a.starts_at)",
            Text(grouped.GroupKey), Text(alert.Fingerprint), Text(alert.Source.ToString()), Text(StatusText(alert.Status)), Jsonb(alert.Labels),
            Jsonb(alert.Annotations), Time(alert.StartsAt), Time(alert.EndsAt), Text(alert.DeliveryId), Time(now));
    }

    private static NpgsqlBatchCommand InsertAction(QueuedAction action, DateTimeOffset now) =>
        Command(
            "INSERT INTO alert_actions (key, type, route_id, group_key, fingerprint, alert_name, reason, cooldown_seconds, dry_run, status, created_at) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10) ON CONFLICT (key) DO NOTHING",
            Text(action.Key), Text(action.Type), Text(action.RouteId), Text(action.GroupKey), Text(action.Fingerprint), Text(action.AlertName),
            Text(action.Reason), new() { Value = (int)action.Cooldown.TotalSeconds }, new() { Value = action.DryRun }, Time(now));

    internal static string StatusText(Alerts.AlertStatus status) => status == Alerts.AlertStatus.Firing ? "firing" : "resolved";

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter Time(DateTimeOffset? value) => new() { Value = (object?)value?.ToUniversalTime() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz };

    // Npgsql hands a scalar timestamptz back as a UTC DateTime.
    private static DateTimeOffset? TimeOf(object? scalar) => scalar switch
    {
        DateTimeOffset at => at,
        DateTime at => new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)),
        _ => null,
    };

    private static NpgsqlParameter Jsonb(IReadOnlyDictionary<string, string> values) => new()
    {
        Value = JsonSerializer.Serialize(values as Dictionary<string, string> ?? new Dictionary<string, string>(values), AlertStateJsonContext.Default.DictionaryStringString),
        NpgsqlDbType = NpgsqlDbType.Jsonb,
    };

    private static Dictionary<string, string> ReadJson(NpgsqlDataReader reader, int ordinal) =>
        JsonSerializer.Deserialize(reader.GetString(ordinal), AlertStateJsonContext.Default.DictionaryStringString) ?? [];

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }
}
