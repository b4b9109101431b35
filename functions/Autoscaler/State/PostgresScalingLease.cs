using Npgsql;

namespace Functions.Autoscaler.State;

/// <summary>
/// A lease as a PostgreSQL session advisory lock, for deployments without Redis: held while its connection is open,
/// so a crashed holder frees it when the server drops the connection.
/// </summary>
/// <param name="dataSource">The database.</param>
internal sealed class PostgresScalingLease(NpgsqlDataSource dataSource) : IScalingLease
{
    public string Kind => "postgres";

    public async Task<IAsyncDisposable?> TryAcquireAsync(string service, TimeSpan duration, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtext($1))", connection);
            command.Parameters.Add(new() { Value = $"autoscaler:lease:{service}" });
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
            {
                return new Held(connection, service);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    private sealed class Held(NpgsqlConnection connection, string service) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext($1))", connection);
                command.Parameters.Add(new() { Value = $"autoscaler:lease:{service}" });
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
