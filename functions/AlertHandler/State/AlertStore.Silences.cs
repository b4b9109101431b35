using Npgsql;

namespace Functions.AlertHandler.State;

internal sealed partial class AlertStore
{
    /// <summary>Stores a new silence.</summary>
    public async Task AddSilenceAsync(StoredSilence silence, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        await using var command = dataSource.CreateCommand(
            "INSERT INTO alert_silences (id, matchers, starts_at, ends_at, created_by, comment, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)");
        command.Parameters.Add(Text(silence.Id));
        command.Parameters.Add(Texts(silence.Matchers));
        command.Parameters.Add(Time(silence.StartsAt));
        command.Parameters.Add(Time(silence.EndsAt));
        command.Parameters.Add(Text(silence.CreatedBy));
        command.Parameters.Add(Text(silence.Comment));
        command.Parameters.Add(Time(silence.CreatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Silences that have not ended by <paramref name="now"/> (active or pending), or all of them.</summary>
    public async Task<IReadOnlyList<StoredSilence>> SilencesAsync(DateTimeOffset now, bool includeExpired, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        await using var command = dataSource.CreateCommand(
            "SELECT id, matchers, starts_at, ends_at, created_by, comment, created_at FROM alert_silences WHERE $2 OR ends_at > $1 ORDER BY starts_at");
        command.Parameters.Add(Time(now));
        command.Parameters.Add(new NpgsqlParameter { Value = includeExpired });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var silences = new List<StoredSilence>();
        while (await reader.ReadAsync(cancellationToken))
        {
            silences.Add(new StoredSilence(
                reader.GetString(0), reader.GetFieldValue<string[]>(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetString(4), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return silences;
    }

    /// <summary>Ends a silence now; false when there is no such silence or it already ended.</summary>
    public async Task<bool> ExpireSilenceAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken);
        await using var command = dataSource.CreateCommand("UPDATE alert_silences SET ends_at = $2 WHERE id = $1 AND ends_at > $2");
        command.Parameters.Add(Text(id));
        command.Parameters.Add(Time(now));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
