using Npgsql;

namespace Functions.State.Postgres;

/// <summary>
/// Tables a store creates on first use, once per process and database: the DDL runs under a transaction-scoped
/// advisory lock so two instances starting at once do not race on <c>CREATE TABLE</c>, and a failed attempt
/// (database down) is retried by the next call rather than remembered.
/// </summary>
/// <param name="dataSource">The database.</param>
/// <param name="name">The schema's name, hashed into the advisory lock's key.</param>
/// <param name="ddl">Idempotent DDL (<c>CREATE … IF NOT EXISTS</c>).</param>
public sealed class LazySchema(NpgsqlDataSource dataSource, string name, string ddl)
{
    private readonly Lock _lock = new();
    private Task? _created;

    /// <summary>Creates the tables unless this process already did.</summary>
    /// <param name="cancellationToken">Stops waiting (the creation itself finishes for the next caller).</param>
    /// <returns>A task that completes when the tables exist.</returns>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        Task created;
        lock (_lock)
        {
            created = _created ??= CreateAsync();
        }

        try
        {
            await created.WaitAsync(cancellationToken);
        }
        catch when (created.IsFaulted)
        {
            lock (_lock)
            {
                if (_created == created)
                {
                    _created = null;
                }
            }

            throw;
        }
    }

    private async Task CreateAsync()
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext($1))", connection, transaction))
        {
            lockCommand.Parameters.Add(new() { Value = name });
            await lockCommand.ExecuteNonQueryAsync();
        }

        await using (var command = new NpgsqlCommand(ddl, connection, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
