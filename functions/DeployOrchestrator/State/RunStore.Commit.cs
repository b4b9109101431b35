using Functions.DeployOrchestrator.Domain;
using Npgsql;

namespace Functions.DeployOrchestrator.State;

internal sealed partial class RunStore
{
    /// <summary>
    /// Records a step's outcome: the new state and its events, the version bumped, the lease released, the next
    /// step's due time set — only if the caller still holds the lease at the version it read. The new version, or
    /// null when it no longer does (its work is then lost, and the next step redoes it idempotently).
    /// </summary>
    public Task<long?> CommitAsync(long id, long expectedVersion, string owner, Transition transition, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync(id, expectedVersion, "lease_owner = $7", Text(owner), transition, now, cancellationToken);

    /// <summary>
    /// Applies an operator's change to a run that no step holds, at the version it was read: the new version, or
    /// null when the run moved or a step holds it (the caller reads again and retries).
    /// </summary>
    public Task<long?> UpdateAsync(long id, long expectedVersion, Transition transition, DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync(id, expectedVersion, "(lease_until IS NULL OR lease_until < $7)", Time(now), transition, now, cancellationToken);

    // One guarded write: the state, the version bumped and the lease cleared, only at the expected version and when
    // the guard ($7) holds; then the events, in the same transaction.
    private async Task<long?> WriteAsync(long id, long expectedVersion, string guard, NpgsqlParameter guardValue, Transition transition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var next = transition.Next;
        await using (var update = new NpgsqlCommand(
            "UPDATE deploy_runs SET state = $3, phase = $4, version = version + 1, next_run_at = $5, lease_owner = NULL, lease_until = NULL, updated_at = $6 " +
            $"WHERE id = $1 AND version = $2 AND {guard}",
            connection, transaction))
        {
            update.Parameters.Add(new() { Value = id });
            update.Parameters.Add(new() { Value = expectedVersion });
            update.Parameters.Add(Json(next));
            update.Parameters.Add(Text(next.Phase.ToString()));
            update.Parameters.Add(Time(transition.NextRunAt));
            update.Parameters.Add(Time(now));
            update.Parameters.Add(guardValue);
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return null;
            }
        }

        await AppendEventsAsync(connection, transaction, next, transition.Events, expectedVersion + 1, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return expectedVersion + 1;
    }

    /// <summary>
    /// Writes down what a step is about to do before it does it, and renews the step's lease for
    /// <paramref name="leaseFor"/>, so the log of a run whose invocation died shows the effect that may have happened.
    /// False when the step no longer holds the run (its lease ran out and another took it): it must not act.
    /// </summary>
    public async Task<bool> RecordIntentAsync(RunState run, long version, string owner, string message, TimeSpan leaseFor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var renew = new NpgsqlCommand(
            "UPDATE deploy_runs SET lease_until = $4 WHERE id = $1 AND version = $2 AND lease_owner = $3 AND lease_until > $5", connection, transaction))
        {
            renew.Parameters.Add(new() { Value = run.Id });
            renew.Parameters.Add(new() { Value = version });
            renew.Parameters.Add(Text(owner));
            renew.Parameters.Add(Time(now + leaseFor));
            renew.Parameters.Add(Time(now));
            if (await renew.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }
        }

        await AppendEventsAsync(connection, transaction, run, [new RunEvent("intent", message, false)], version, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>A run's event log, oldest first.</summary>
    public async Task<IReadOnlyList<StoredEvent>> EventsAsync(long id, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        await using var command = dataSource.CreateCommand(
            "SELECT seq, at, kind, message, phase, step_index, run_version FROM deploy_run_events WHERE run_id = $1 ORDER BY seq");
        command.Parameters.Add(new() { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<StoredEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new StoredEvent(reader.GetInt32(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetInt32(5), reader.GetInt64(6)));
        }

        return events;
    }

    private static async Task AppendEventsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, RunState state, IReadOnlyList<RunEvent> events, long version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var runEvent in events)
        {
            var command = new NpgsqlBatchCommand(
                "INSERT INTO deploy_run_events (run_id, seq, at, kind, message, phase, step_index, run_version) " +
                "SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6, $7 FROM deploy_run_events WHERE run_id = $1");
            command.Parameters.Add(new() { Value = state.Id });
            command.Parameters.Add(Time(now));
            command.Parameters.Add(Text(runEvent.Kind));
            command.Parameters.Add(Text(runEvent.Message));
            command.Parameters.Add(Text(state.Phase.ToString()));
            command.Parameters.Add(new() { Value = state.StepIndex });
            command.Parameters.Add(new() { Value = version });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
