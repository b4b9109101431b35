namespace Functions.Autoscaler.State;

/// <summary>The audit tables. Every decision is one row holding its complete what-if inputs, so it can be replayed.</summary>
internal static class DecisionSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS autoscaler_decisions (
            id bigserial PRIMARY KEY,
            service text NOT NULL,
            decided_at timestamptz NOT NULL,
            current_instances integer NOT NULL,
            desired_instances integer NOT NULL,
            recommended integer,
            trigger text NOT NULL,
            alarm_id text,
            applied boolean NOT NULL,
            dry_run boolean NOT NULL,
            conditions text[] NOT NULL,
            reason text NOT NULL,
            error text,
            inputs jsonb NOT NULL,
            decision jsonb NOT NULL);
        CREATE INDEX IF NOT EXISTS autoscaler_decisions_service_time ON autoscaler_decisions (service, decided_at DESC);
        CREATE TABLE IF NOT EXISTS autoscaler_pins (
            service text PRIMARY KEY,
            instances integer NOT NULL,
            until timestamptz NOT NULL,
            reason text,
            set_at timestamptz NOT NULL);
        """;
}
