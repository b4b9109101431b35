using Functions.ObjectStorage.Configuration;
using Functions.Scf.Configuration;
using Functions.State;

namespace Functions.Backup.Configuration;

/// <summary>Every variable the Backup function reads, for <c>--help</c> and the README.</summary>
internal static class BackupVariables
{
    public static readonly IReadOnlyList<ConfigVariable> All =
    [
        new("BACKUP_REPOSITORY", "Where sets go: file:///<absolute path>, cos://<bucket-appid>/<prefix> or s3://<bucket>/<prefix>. Required."),
        new("BACKUP_SOURCES", "Sources backed up by default, comma-separated.", "every configured one of postgres,redis,labelstudio"),
        StateVariables.Database("the SuperInsight database to back up (enables the postgres source)"),
        new("BACKUP_POSTGRES_DATABASES", "Databases to dump: empty for the URL's, * for all, or a comma-separated list."),
        new("BACKUP_POSTGRES_GLOBALS", "Also dump roles and tablespaces (pg_dumpall --globals-only; needs a superuser).", "false"),
        new("PG_BIN", "Directory of pg_dump/pg_restore/psql when not on PATH (e.g. /usr/lib/postgresql/16/bin)."),
        StateVariables.Redis("the Redis to snapshot (enables the redis source)"),
        new("BACKUP_REDIS_MODE", "auto (RDB through replication, logical when the server refuses SYNC), rdb or logical.", "auto"),
        new("LABEL_STUDIO_DATA_DIR", "Label Studio's data directory (media, uploads, SQLite), on CFS in production (enables the labelstudio source)."),
        new("LABEL_STUDIO_URL", "Label Studio's base URL, for export snapshots through its API."),
        new("LABEL_STUDIO_TOKEN", "Label Studio API token (legacy token).", Sensitivity: Sensitivity.Secret),
        new("LABEL_STUDIO_PROJECTS", "Projects to export through the API, comma-separated ids (default: all)."),
        new("BACKUP_COMPRESSION", "gzip or none (pg_dump archives are stored as they are: already compressed).", "gzip"),
        new("BACKUP_ENCRYPTION_KEY", "Base64 of 32 random bytes: objects are encrypted client-side with AES-256-GCM (ssm:// recommended).", Sensitivity: Sensitivity.Secret),
        new("BACKUP_ENCRYPTION_KEY_ID", "The key's name in manifests.", "sha256:<fingerprint>"),
        new("BACKUP_OLD_ENCRYPTION_KEYS", "Earlier keys still needed to restore older sets: comma-separated [id:]base64.", Sensitivity: Sensitivity.Secret),
        new("BACKUP_KEEP_LAST", "Retention: the newest N good sets.", "3"),
        new("BACKUP_KEEP_DAILY", "Retention: the newest good set of each of the last N days that have one.", "7"),
        new("BACKUP_KEEP_WEEKLY", "Retention: … of each of the last N ISO weeks.", "4"),
        new("BACKUP_KEEP_MONTHLY", "Retention: … of each of the last N months.", "12"),
        new("BACKUP_KEEP_YEARLY", "Retention: … of each of the last N years.", "0"),
        new("BACKUP_CALENDAR_UTC_OFFSET", "Offset of the calendar retention counts days in, e.g. +08:00.", "+00:00"),
        new("BACKUP_STALE_GRACE_MINUTES", "Age after which parts of unfinished runs and stale multipart uploads are removed.", "360"),
        new("BACKUP_NOTIFY_URL", "Where a message goes when a backup or restore fails: a WeCom, DingTalk or Feishu robot's webhook, or any webhook.", Sensitivity: Sensitivity.Secret),
        new("BACKUP_NOTIFY_KIND", "What BACKUP_NOTIFY_URL is: Webhook, WeCom, DingTalk or Feishu (how the message is formatted and signed).", "Webhook"),
        new("BACKUP_NOTIFY_SECRET", "DingTalk's or Feishu's signing secret, or the webhook's bearer token.", Sensitivity: Sensitivity.Secret),
        new("BACKUP_NOTIFY_ON_SUCCESS", "Also notify when a backup succeeds.", "false"),
        .. ObjectStorageVariables.All,
    ];
}
