using Functions.State.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Functions.Notify;

/// <summary>
/// Which notifications went out, in PostgreSQL (<c>ops.notification_log</c>): a sender claims a (receiver, dedup
/// key, state hash) before sending and marks it sent or failed after, so that concurrent invocations and retries
/// send each state to each receiver once. A failed claim, or one left <c>sending</c> past its timeout by an
/// instance that died, can be claimed again. The schema is created on first use.
/// </summary>
/// <param name="dataSource">The database.</param>
/// <param name="time">The clock (claims and stale claims are judged by it).</param>
public sealed class NotificationLog(NpgsqlDataSource dataSource, TimeProvider time)
{
    private readonly LazySchema _schema = new(dataSource, "notify_schema", NotificationLogSchema.Create);

    /// <summary>Claims the right to send; true for exactly one caller until the claim fails or goes stale.</summary>
    /// <param name="receiver">The receiver's name.</param>
    /// <param name="dedupKey">What the notification is about.</param>
    /// <param name="stateHash">Which state of it.</param>
    /// <param name="claimTimeout">After this long a claim still <c>sending</c> is presumed dead.</param>
    /// <param name="title">The notification's title, for the status command.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>True when this caller must send it.</returns>
    public async Task<bool> TryClaimAsync(string receiver, string dedupKey, string stateHash, TimeSpan claimTimeout, string title, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        var now = time.GetUtcNow();
        await using var command = dataSource.CreateCommand(
            "INSERT INTO ops.notification_log AS l (receiver, dedup_key, state_hash, status, attempts, claimed_at, title) " +
            "VALUES ($1, $2, $3, 'sending', 1, $4, $5) " +
            "ON CONFLICT (receiver, dedup_key, state_hash) DO UPDATE " +
            "SET status = 'sending', attempts = l.attempts + 1, claimed_at = EXCLUDED.claimed_at, title = EXCLUDED.title, error = NULL " +
            "WHERE l.status = 'failed' OR (l.status = 'sending' AND l.claimed_at < $6) " +
            "RETURNING l.id");
        command.Parameters.Add(new() { Value = receiver });
        command.Parameters.Add(new() { Value = dedupKey });
        command.Parameters.Add(new() { Value = stateHash });
        command.Parameters.Add(new() { Value = now });
        command.Parameters.Add(new() { Value = title });
        command.Parameters.Add(new() { Value = now - claimTimeout });
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>Records that the claimed notification was delivered.</summary>
    /// <param name="receiver">The receiver's name.</param>
    /// <param name="dedupKey">What the notification is about.</param>
    /// <param name="stateHash">Which state of it.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>A task.</returns>
    public async Task MarkSentAsync(string receiver, string dedupKey, string stateHash, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = dataSource.CreateCommand(
            "UPDATE ops.notification_log SET status = 'sent', sent_at = $4, error = NULL WHERE receiver = $1 AND dedup_key = $2 AND state_hash = $3");
        AddKey(command, receiver, dedupKey, stateHash);
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Releases the claim as failed, so that a later attempt can claim it again.</summary>
    /// <param name="receiver">The receiver's name.</param>
    /// <param name="dedupKey">What the notification is about.</param>
    /// <param name="stateHash">Which state of it.</param>
    /// <param name="reason">Why (already free of secrets).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>A task.</returns>
    public async Task MarkFailedAsync(string receiver, string dedupKey, string stateHash, string reason, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);

        // Never downgrade a row another sender has meanwhile marked sent.
        await using var command = dataSource.CreateCommand(
            "UPDATE ops.notification_log SET status = 'failed', error = $4 WHERE receiver = $1 AND dedup_key = $2 AND state_hash = $3 AND status = 'sending'");
        AddKey(command, receiver, dedupKey, stateHash);
        command.Parameters.Add(new() { Value = reason });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The most recently claimed rows, newest first.</summary>
    /// <param name="limit">How many.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The rows.</returns>
    public async Task<IReadOnlyList<NotificationLogEntry>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = dataSource.CreateCommand(
            "SELECT receiver, dedup_key, state_hash, status, attempts, claimed_at, sent_at, title, error FROM ops.notification_log " +
            "ORDER BY claimed_at DESC, id DESC LIMIT $1");
        command.Parameters.Add(new() { Value = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<NotificationLogEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new NotificationLogEntry(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return rows;
    }

    private static void AddKey(NpgsqlCommand command, string receiver, string dedupKey, string stateHash)
    {
        command.Parameters.Add(new() { Value = receiver, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = dedupKey, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = stateHash, NpgsqlDbType = NpgsqlDbType.Text });
    }

    private Task EnsureSchemaAsync(CancellationToken cancellationToken) => _schema.EnsureAsync(cancellationToken);
}
