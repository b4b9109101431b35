namespace Functions.AlertHandler.State;

/// <summary>
/// The AlertHandler's tables. Groups and their timers live here, not in memory, so a cold start or a second
/// instance neither resets nor duplicates them; an action's key is its idempotency key, so a retried or concurrent
/// duplicate callback queues it once.
/// </summary>
internal static class AlertSchema
{
    public const string Name = "alerthandler_schema";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS alert_groups (
            group_key text PRIMARY KEY,
            group_key_text text NOT NULL,
            route_id text NOT NULL,
            receiver text NOT NULL,
            group_labels jsonb NOT NULL,
            created_at timestamptz NOT NULL,
            next_flush_at timestamptz NOT NULL,
            last_flush_at timestamptz,
            last_notified_at timestamptz,
            notified_firing text[] NOT NULL DEFAULT '{}',
            notified_resolved text[] NOT NULL DEFAULT '{}',
            updated_at timestamptz NOT NULL);
        CREATE INDEX IF NOT EXISTS alert_groups_due ON alert_groups (next_flush_at);
        CREATE TABLE IF NOT EXISTS alert_group_alerts (
            group_key text NOT NULL REFERENCES alert_groups ON DELETE CASCADE,
            fingerprint text NOT NULL,
            source text NOT NULL,
            status text NOT NULL,
            labels jsonb NOT NULL,
            annotations jsonb NOT NULL,
            starts_at timestamptz NOT NULL,
            ends_at timestamptz,
            delivery_id text,
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (group_key, fingerprint));
        CREATE TABLE IF NOT EXISTS alert_silences (
            id text PRIMARY KEY,
            matchers text[] NOT NULL,
            starts_at timestamptz NOT NULL,
            ends_at timestamptz NOT NULL,
            created_by text NOT NULL,
            comment text NOT NULL,
            created_at timestamptz NOT NULL);
        CREATE TABLE IF NOT EXISTS alert_actions (
            key text PRIMARY KEY,
            type text NOT NULL,
            route_id text NOT NULL,
            group_key text NOT NULL,
            fingerprint text NOT NULL,
            alert_name text NOT NULL,
            reason text NOT NULL,
            cooldown_seconds integer NOT NULL,
            dry_run boolean NOT NULL,
            status text NOT NULL,
            detail text,
            attempts integer NOT NULL DEFAULT 0,
            created_at timestamptz NOT NULL,
            started_at timestamptz,
            finished_at timestamptz);
        CREATE INDEX IF NOT EXISTS alert_actions_open ON alert_actions (created_at) WHERE status IN ('pending', 'running');
        CREATE TABLE IF NOT EXISTS alert_cooldowns (
            type text NOT NULL,
            route_id text NOT NULL,
            until timestamptz NOT NULL,
            PRIMARY KEY (type, route_id));
        CREATE INDEX IF NOT EXISTS alert_actions_done ON alert_actions (type, route_id, finished_at DESC) WHERE status = 'done';
        """;
}
