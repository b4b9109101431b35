using System.Text.Json;
using Functions.DeployOrchestrator.Domain;
using Functions.State.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Functions.DeployOrchestrator.State;

/// <summary>
/// Deployment runs in PostgreSQL. Every change goes through a guard: creation through the (service, digest)
/// identity and the one-active-run index, a step through its lease and the version it expects, an operator's
/// request through the version and the lease (it waits for a step in flight rather than racing it).
/// </summary>
/// <param name="dataSource">The database.</param>
internal sealed partial class RunStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, state, version, next_run_at, lease_owner, lease_until, updated_at";
    private const string UniqueViolation = "23505";
    private readonly LazySchema _schema = new(dataSource, RunSchema.Name, RunSchema.Create);

    /// <summary>
    /// Creates a run unless one exists for the same service and digest (a repeated webhook), in which case that one
    /// is returned with <c>Created</c> false. The state's id is assigned here.
    /// </summary>
    public async Task<(StoredRun Run, bool Created)> CreateAsync(RunState draft, IReadOnlyList<RunEvent> events, DateTimeOffset? nextRunAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        if (await FindAsync(draft.Service, draft.Digest, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long id;
        await using (var next = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('deploy_runs', 'id'))", connection, transaction))
        {
            id = (long)(await next.ExecuteScalarAsync(cancellationToken))!;
        }

        var state = draft with { Id = id };
        try
        {
            await using (var insert = new NpgsqlCommand(
                "INSERT INTO deploy_runs (id, service, digest, image, phase, state, next_run_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
                connection, transaction))
            {
                insert.Parameters.Add(new() { Value = id });
                insert.Parameters.Add(Text(state.Service));
                insert.Parameters.Add(Text(state.Digest));
                insert.Parameters.Add(Text(state.Image));
                insert.Parameters.Add(Text(state.Phase.ToString()));
                insert.Parameters.Add(Json(state));
                insert.Parameters.Add(Time(nextRunAt));
                insert.Parameters.Add(Time(now));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await AppendEventsAsync(connection, transaction, state, events, 1, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation)
        {
            // A concurrent delivery of the same push created it first, or another run of the service became active.
            await transaction.RollbackAsync(cancellationToken);
            if (await FindAsync(draft.Service, draft.Digest, cancellationToken) is { } raced)
            {
                return (raced, false);
            }

            throw;
        }

        return (new StoredRun(state, 1, nextRunAt, null, null, now), true);
    }

    /// <summary>A run by id, or null.</summary>
    public async Task<StoredRun?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM deploy_runs WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        return First(await ReadRunsAsync(command, cancellationToken));
    }

    /// <summary>The run for a service and digest, or null.</summary>
    public async Task<StoredRun?> FindAsync(string service, string digest, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM deploy_runs WHERE service = $1 AND digest = $2");
        command.Parameters.Add(Text(service));
        command.Parameters.Add(Text(digest));
        return First(await ReadRunsAsync(command, cancellationToken));
    }

    /// <summary>A service's runs, newest first.</summary>
    public async Task<IReadOnlyList<StoredRun>> RunsOfAsync(string service, int limit, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM deploy_runs WHERE service = $1 ORDER BY id DESC LIMIT $2");
        command.Parameters.Add(Text(service));
        command.Parameters.Add(new() { Value = limit });
        return await ReadRunsAsync(command, cancellationToken);
    }

    /// <summary>
    /// Takes a run's lease for one step, if it is at <paramref name="expectedVersion"/> (null: whatever version) and
    /// nobody holds it; null otherwise (a stale or duplicate invocation, or a step in flight).
    /// </summary>
    public async Task<StoredRun?> TryLeaseAsync(long id, long? expectedVersion, string owner, TimeSpan leaseFor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        await using var command = dataSource.CreateCommand(
            $"UPDATE deploy_runs SET lease_owner = $3, lease_until = $4 WHERE id = $1 AND ($2::bigint IS NULL OR version = $2) " +
            $"AND (lease_until IS NULL OR lease_until < $5) RETURNING {Columns}");
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = (object?)expectedVersion ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(Text(owner));
        command.Parameters.Add(Time(now + leaseFor));
        command.Parameters.Add(Time(now));
        return First(await ReadRunsAsync(command, cancellationToken));
    }

    /// <summary>
    /// Leases up to <paramref name="limit"/> due runs for the pump (<c>FOR UPDATE SKIP LOCKED</c>: two pumps take
    /// different runs, and the lease keeps a step in flight from being taken again).
    /// </summary>
    public async Task<IReadOnlyList<StoredRun>> LeaseDueAsync(string owner, TimeSpan leaseFor, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        await using var command = dataSource.CreateCommand(
            "UPDATE deploy_runs AS r SET lease_owner = $1, lease_until = $2 FROM (SELECT id FROM deploy_runs WHERE next_run_at <= $3 " +
            "AND (lease_until IS NULL OR lease_until < $3) ORDER BY next_run_at LIMIT $4 FOR UPDATE SKIP LOCKED) due WHERE r.id = due.id RETURNING " +
            string.Join(", ", Columns.Split(", ").Select(c => "r." + c)));
        command.Parameters.Add(Text(owner));
        command.Parameters.Add(Time(now + leaseFor));
        command.Parameters.Add(Time(now));
        command.Parameters.Add(new() { Value = limit });
        return await ReadRunsAsync(command, cancellationToken);
    }

    /// <summary>Gives a lease back without changing the run (the step failed before deciding anything).</summary>
    public async Task ReleaseAsync(long id, string owner, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE deploy_runs SET lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2");
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(Text(owner));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static StoredRun? First(IReadOnlyList<StoredRun> runs) => runs.Count > 0 ? runs[0] : null;

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter Time(DateTimeOffset? value) => new() { Value = (object?)value?.ToUniversalTime() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz };

    private static NpgsqlParameter Json(RunState state) => new() { Value = JsonSerializer.Serialize(state, RunStateJsonContext.Default.RunState), NpgsqlDbType = NpgsqlDbType.Jsonb };

    private static async Task<IReadOnlyList<StoredRun>> ReadRunsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<StoredRun>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var state = JsonSerializer.Deserialize(reader.GetString(1), RunStateJsonContext.Default.RunState)!;
            runs.Add(new StoredRun(
                state with { Id = reader.GetInt64(0) },
                reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return runs;
    }
}
