using Functions.AlertHandler.Alerts;
using Npgsql;
using NpgsqlTypes;

namespace Functions.AlertHandler.State;

internal sealed partial class AlertStore
{
    private const string GroupColumns =
        "g.group_key, g.group_key_text, g.route_id, g.receiver, g.group_labels, g.created_at, g.next_flush_at, g.last_flush_at, g.last_notified_at, g.notified_firing, g.notified_resolved";

    /// <summary>
    /// Claims the groups whose flush is due: each is pushed <paramref name="lease"/> into the future, so a concurrent
    /// flush skips it and a flush that dies mid-way leaves it due again once the lease runs out.
    /// </summary>
    public async Task<IReadOnlyList<StoredGroup>> ClaimDueGroupsAsync(DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var groups = new List<StoredGroup>();
        await using (var command = new NpgsqlCommand(
            "UPDATE alert_groups AS g SET next_flush_at = $2 FROM (SELECT group_key FROM alert_groups WHERE next_flush_at <= $1 " +
            "ORDER BY next_flush_at LIMIT $3 FOR UPDATE SKIP LOCKED) due WHERE g.group_key = due.group_key RETURNING " + GroupColumns, connection))
        {
            command.Parameters.Add(Time(now));
            command.Parameters.Add(Time(now + lease));
            command.Parameters.Add(new() { Value = limit });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                groups.Add(ReadGroup(reader, []));
            }
        }

        if (groups.Count == 0)
        {
            return groups;
        }

        var alerts = await ReadAlertsAsync(connection, groups.Select(g => g.GroupKey).ToArray(), cancellationToken);
        return groups.Select(g => g with { Alerts = alerts.TryGetValue(g.GroupKey, out var list) ? list : [] }).ToArray();
    }

    /// <summary>
    /// Records a group's flush: what was notified and when it is next looked at; resolved alerts that were notified
    /// (or dropped) leave the group, and a group left empty is deleted.
    /// </summary>
    public async Task CompleteGroupAsync(GroupFlush flush, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        // First wait for callbacks adding to the group to commit (their foreign-key check holds the group's row): the
        // deletes below then see those alerts, and an empty-looking group is never deleted with a new alert in it.
        batch.BatchCommands.Add(Command("SELECT 1 FROM alert_groups WHERE group_key = $1 FOR UPDATE", Text(flush.GroupKey)));
        batch.BatchCommands.Add(Command(
            "UPDATE alert_groups SET next_flush_at = $2, last_flush_at = CASE WHEN $7 THEN $6 ELSE last_flush_at END, " +
            "last_notified_at = coalesce($3, last_notified_at), notified_firing = coalesce($4, notified_firing), " +
            "notified_resolved = coalesce($5, notified_resolved), updated_at = $6 WHERE group_key = $1",
            Text(flush.GroupKey), Time(flush.NextFlushAt), Time(flush.NotifiedAt), Texts(flush.NotifiedFiring), Texts(flush.NotifiedResolved), Time(flush.At),
            new() { Value = flush.Flushed }));
        // Only resolutions the flush saw: an alert that fired again since keeps its place.
        batch.BatchCommands.Add(Command(
            "DELETE FROM alert_group_alerts WHERE group_key = $1 AND fingerprint = ANY($2) AND status = 'resolved' AND updated_at <= $3",
            Text(flush.GroupKey), Texts(flush.RemoveResolved), Time(flush.ClaimedAt)));
        batch.BatchCommands.Add(Command(
            "DELETE FROM alert_groups g WHERE group_key = $1 AND NOT EXISTS (SELECT FROM alert_group_alerts a WHERE a.group_key = g.group_key)",
            Text(flush.GroupKey)));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>When the soonest group falls due, or null when there are no groups.</summary>
    public async Task<DateTimeOffset?> NextFlushAtAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT min(next_flush_at) FROM alert_groups");
        return TimeOf(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>
    /// The firing alerts, one per fingerprint: every one (inhibition looks across groups) when
    /// <paramref name="fingerprints"/> is null, else only those.
    /// </summary>
    public async Task<IReadOnlyList<Alert>> FiringAlertsAsync(IReadOnlyCollection<string>? fingerprints, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        await using var command = dataSource.CreateCommand(
            "SELECT DISTINCT ON (fingerprint) fingerprint, source, status, labels, annotations, starts_at, ends_at, delivery_id, updated_at " +
            "FROM alert_group_alerts WHERE status = 'firing' AND ($1::text[] IS NULL OR fingerprint = ANY($1)) ORDER BY fingerprint, updated_at DESC");
        command.Parameters.Add(Texts(fingerprints?.ToArray()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var alerts = new List<Alert>();
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(ReadAlert(reader, 0).Alert);
        }

        return alerts;
    }

    /// <summary>The open groups, soonest flush first, with their alerts.</summary>
    public async Task<IReadOnlyList<StoredGroup>> OpenGroupsAsync(int limit, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var groups = new List<StoredGroup>();
        await using (var command = new NpgsqlCommand($"SELECT {GroupColumns} FROM alert_groups g ORDER BY next_flush_at LIMIT $1", connection))
        {
            command.Parameters.Add(new() { Value = limit });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                groups.Add(ReadGroup(reader, []));
            }
        }

        var alerts = await ReadAlertsAsync(connection, groups.Select(g => g.GroupKey).ToArray(), cancellationToken);
        return groups.Select(g => g with { Alerts = alerts.TryGetValue(g.GroupKey, out var list) ? list : [] }).ToArray();
    }

    private static async Task<Dictionary<string, List<StoredAlert>>> ReadAlertsAsync(NpgsqlConnection connection, string[] groupKeys, CancellationToken cancellationToken)
    {
        var alerts = new Dictionary<string, List<StoredAlert>>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(
            "SELECT fingerprint, source, status, labels, annotations, starts_at, ends_at, delivery_id, updated_at, group_key " +
            "FROM alert_group_alerts WHERE group_key = ANY($1) ORDER BY starts_at", connection);
        command.Parameters.Add(Texts(groupKeys));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(9);
            if (!alerts.TryGetValue(key, out var list))
            {
                alerts[key] = list = [];
            }

            list.Add(ReadAlert(reader, 0));
        }

        return alerts;
    }

    private static StoredGroup ReadGroup(NpgsqlDataReader reader, IReadOnlyList<StoredAlert> alerts) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        ReadJson(reader, 4),
        reader.GetFieldValue<DateTimeOffset>(5),
        reader.GetFieldValue<DateTimeOffset>(6),
        reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
        reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
        reader.GetFieldValue<string[]>(9),
        reader.GetFieldValue<string[]>(10),
        alerts);

    private static StoredAlert ReadAlert(NpgsqlDataReader reader, int at) => new(
        new Alert(
            reader.GetString(at),
            Enum.Parse<AlertSource>(reader.GetString(at + 1)),
            reader.GetString(at + 2) == "firing" ? AlertStatus.Firing : AlertStatus.Resolved,
            ReadJson(reader, at + 3),
            ReadJson(reader, at + 4),
            reader.GetFieldValue<DateTimeOffset>(at + 5),
            reader.IsDBNull(at + 6) ? null : reader.GetFieldValue<DateTimeOffset>(at + 6),
            reader.IsDBNull(at + 7) ? null : reader.GetString(at + 7)),
        reader.GetFieldValue<DateTimeOffset>(at + 8));

    private static NpgsqlParameter Texts(IReadOnlyList<string>? values) =>
        values is null ? new() { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text } : new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };
}
