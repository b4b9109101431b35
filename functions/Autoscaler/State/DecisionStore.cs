using System.Text.Json;
using Functions.Autoscaler.Documents;
using Functions.Autoscaler.Policy;
using Functions.State.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Functions.Autoscaler.State;

/// <summary>
/// The decision audit and the history decisions are made from, in PostgreSQL. Recommendations and scale events are
/// not kept separately: they are read back from the decisions that produced them.
/// </summary>
/// <param name="dataSource">The database.</param>
internal sealed partial class DecisionStore(NpgsqlDataSource dataSource)
{
    // One store per data source (a singleton): the schema is created once per process and database.
    private readonly LazySchema _schema = new(dataSource, "autoscaler_schema", DecisionSchema.Create);

    /// <summary>The history a decision for <paramref name="service"/> at <paramref name="now"/> needs.</summary>
    public async Task<DecisionHistory> LoadHistoryAsync(string service, DateTimeOffset now, TimeSpan horizon, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var since = now - horizon;
        var recommendations = new List<Recommendation>();
        var events = new List<ScaleEvent>();
        await using (var command = new NpgsqlCommand(
            "SELECT decided_at, current_instances, desired_instances, recommended, trigger, applied FROM autoscaler_decisions " +
            "WHERE service = $1 AND decided_at > $2 AND decided_at <= $3 ORDER BY decided_at", connection))
        {
            command.Parameters.Add(new() { Value = service });
            command.Parameters.Add(new() { Value = since });
            command.Parameters.Add(new() { Value = now });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var at = reader.GetFieldValue<DateTimeOffset>(0);
                if (!reader.IsDBNull(3))
                {
                    recommendations.Add(new Recommendation(at, reader.GetInt32(3)));
                }

                if (reader.GetBoolean(5) && reader.GetInt32(1) != reader.GetInt32(2))
                {
                    events.Add(new ScaleEvent(at, reader.GetInt32(1), reader.GetInt32(2), ParseTrigger(reader.GetString(4))));
                }
            }
        }

        return new DecisionHistory(recommendations, events, await ReadPinAsync(connection, service, cancellationToken), await TakenAlarmIdsAsync(connection, service, now, cancellationToken));
    }

    /// <summary>Records a decision and returns its id.</summary>
    public async Task<long> RecordAsync(string service, DecisionInputs inputs, ScalingDecision decision, bool applied, bool dryRun, string? error, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = dataSource.CreateCommand(
            "INSERT INTO autoscaler_decisions (service, decided_at, current_instances, desired_instances, recommended, trigger, alarm_id, applied, dry_run, conditions, reason, error, inputs, decision) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id");
        command.Parameters.Add(new() { Value = service });
        command.Parameters.Add(new() { Value = decision.At });
        command.Parameters.Add(new() { Value = decision.Current });
        command.Parameters.Add(new() { Value = decision.Desired });
        command.Parameters.Add(new() { Value = (object?)decision.Recommended ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        command.Parameters.Add(new() { Value = decision.Trigger.ToString().ToLowerInvariant() });
        command.Parameters.Add(new() { Value = (object?)inputs.Alarm?.AlarmId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = applied });
        command.Parameters.Add(new() { Value = dryRun });
        command.Parameters.Add(new() { Value = decision.Conditions.ToArray() });
        command.Parameters.Add(new() { Value = decision.Reason });
        command.Parameters.Add(new() { Value = (object?)error ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = JsonSerializer.Serialize(InputsMapper.ToDocument(inputs), AutoscalerJsonContext.Default.DecisionInputsDocument), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new() { Value = JsonSerializer.Serialize(DecisionDocument.Of(decision), AutoscalerJsonContext.Default.DecisionDocument), NpgsqlDbType = NpgsqlDbType.Jsonb });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The newest decisions for a service.</summary>
    public async Task<IReadOnlyList<RecordedDecision>> RecentAsync(string service, int limit, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = dataSource.CreateCommand(
            "SELECT id, decided_at, current_instances, desired_instances, applied, dry_run, reason, error FROM autoscaler_decisions " +
            "WHERE service = $1 ORDER BY decided_at DESC, id DESC LIMIT $2");
        command.Parameters.Add(new() { Value = service });
        command.Parameters.Add(new() { Value = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<RecordedDecision>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new RecordedDecision(
                reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetBoolean(4), reader.GetBoolean(5),
                reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return rows;
    }

    /// <summary>A recorded decision's inputs and outcome, for replay; null when there is no such decision.</summary>
    public async Task<(DecisionInputsDocument Inputs, DecisionDocument Decision)?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = dataSource.CreateCommand("SELECT inputs::text, decision::text FROM autoscaler_decisions WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return (JsonSerializer.Deserialize(reader.GetString(0), AutoscalerJsonContext.Default.DecisionInputsDocument)!,
            JsonSerializer.Deserialize(reader.GetString(1), AutoscalerJsonContext.Default.DecisionDocument)!);
    }

    /// <summary>Deletes decisions older than <paramref name="before"/>; returns how many.</summary>
    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = dataSource.CreateCommand("DELETE FROM autoscaler_decisions WHERE decided_at < $1");
        command.Parameters.Add(new() { Value = before });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static ScaleTrigger ParseTrigger(string text) => Enum.TryParse<ScaleTrigger>(text, ignoreCase: true, out var trigger) ? trigger : ScaleTrigger.Metrics;

    private static async Task<IReadOnlyCollection<string>> TakenAlarmIdsAsync(NpgsqlConnection connection, string service, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT DISTINCT alarm_id FROM autoscaler_decisions WHERE service = $1 AND alarm_id IS NOT NULL AND decided_at > $2", connection);
        command.Parameters.Add(new() { Value = service });
        command.Parameters.Add(new() { Value = now.AddDays(-1) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private Task EnsureSchemaAsync(CancellationToken cancellationToken) => _schema.EnsureAsync(cancellationToken);
}
