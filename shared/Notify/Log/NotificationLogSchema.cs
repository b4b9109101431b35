namespace Functions.Notify;

/// <summary>The notification log's table: one row per (receiver, dedup key, state hash), which is what makes a notification go out once.</summary>
internal static class NotificationLogSchema
{
    public const string Create = """
        CREATE SCHEMA IF NOT EXISTS ops;
        CREATE TABLE IF NOT EXISTS ops.notification_log (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            receiver    text        NOT NULL,
            dedup_key   text        NOT NULL,
            state_hash  text        NOT NULL,
            status      text        NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
            attempts    integer     NOT NULL DEFAULT 1,
            claimed_at  timestamptz NOT NULL,
            sent_at     timestamptz,
            title       text        NOT NULL,
            error       text,
            UNIQUE (receiver, dedup_key, state_hash)
        );
        CREATE INDEX IF NOT EXISTS notification_log_claimed_at ON ops.notification_log (claimed_at DESC);
        """;
}
