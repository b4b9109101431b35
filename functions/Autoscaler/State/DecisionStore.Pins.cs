using Functions.Autoscaler.Policy;
using Npgsql;
using NpgsqlTypes;

namespace Functions.Autoscaler.State;

/// <summary>Operators' pins: one per service, replaced by the next <c>set</c>, removed by <c>set</c> with <c>clear</c>.</summary>
internal sealed partial class DecisionStore
{
    /// <summary>Sets (or replaces) the service's pin.</summary>
    public async Task SetPinAsync(string service, Pin pin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = dataSource.CreateCommand(
            "INSERT INTO autoscaler_pins (service, instances, until, reason, set_at) VALUES ($1, $2, $3, $4, $5) " +
            "ON CONFLICT (service) DO UPDATE SET instances = EXCLUDED.instances, until = EXCLUDED.until, reason = EXCLUDED.reason, set_at = EXCLUDED.set_at");
        command.Parameters.Add(new() { Value = service });
        command.Parameters.Add(new() { Value = pin.Instances });
        command.Parameters.Add(new() { Value = pin.Until });
        command.Parameters.Add(new() { Value = (object?)pin.Reason ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = now });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Removes the service's pin; returns whether there was one.</summary>
    public async Task<bool> ClearPinAsync(string service, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = dataSource.CreateCommand("DELETE FROM autoscaler_pins WHERE service = $1");
        command.Parameters.Add(new() { Value = service });
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private static async Task<Pin?> ReadPinAsync(NpgsqlConnection connection, string service, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT instances, until, reason FROM autoscaler_pins WHERE service = $1", connection);
        command.Parameters.Add(new() { Value = service });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Pin(reader.GetInt32(0), reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetString(2))
            : null;
    }
}
