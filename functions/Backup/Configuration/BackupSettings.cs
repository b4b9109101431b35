using System.Globalization;
using Functions.Backup.Crypto;
using Functions.Backup.Pipeline;
using Functions.Backup.Retention;
using Functions.Notify;
using Functions.Scf.Configuration;

namespace Functions.Backup.Configuration;

/// <summary>Reads the settings every backup needs; problems are recorded on the reader, naming their variable.</summary>
internal static class BackupSettings
{
    public static BackupConfiguration Read(SettingsReader settings, IReadOnlyList<string> configuredSources)
    {
        var repository = settings.RequiredText("BACKUP_REPOSITORY", "file:///<absolute path>, cos://<bucket-appid>/<prefix> or s3://<bucket>/<prefix>");
        var (key, keys) = ReadKeys(settings);
        var compression = settings.Text("BACKUP_COMPRESSION")?.ToLowerInvariant() ?? "gzip";
        if (compression is not ("gzip" or "none"))
        {
            settings.Problem("BACKUP_COMPRESSION", $"must be gzip or none, not '{compression}'");
        }

        if (configuredSources.Count == 0)
        {
            settings.Problem("DATABASE_URL", "(or REDIS_URL or LABEL_STUDIO_DATA_DIR) must be set: Backup has nothing to back up");
        }

        var sources = settings.List("BACKUP_SOURCES");
        foreach (var unknown in sources.Where(s => !configuredSources.Contains(s)))
        {
            settings.Problem("BACKUP_SOURCES", $"names '{unknown}', which is not configured (configured: {string.Join(", ", configuredSources)}; each needs its own variables)");
        }

        var notify = ReadNotify(settings);
        return new BackupConfiguration(
            repository,
            new ObjectEncoding(compression == "gzip", key),
            keys,
            ReadRetention(settings),
            TimeSpan.FromMinutes(settings.Number("BACKUP_STALE_GRACE_MINUTES", 360, 0, 60 * 24 * 30)),
            sources.Count > 0 ? sources : configuredSources,
            notify,
            settings.Flag("BACKUP_NOTIFY_ON_SUCCESS", false),
            settings.Text("PG_BIN"));
    }

    // The channel: a URL, its kind (how it is formatted and signed) and its secret (DingTalk/Feishu signing, webhook bearer).
    private static ReceiverSettings? ReadNotify(SettingsReader settings)
    {
        if (settings.Url("BACKUP_NOTIFY_URL", "http", "https") is not { } url)
        {
            return null;
        }

        var kind = settings.Choice("BACKUP_NOTIFY_KIND", ReceiverKind.Webhook);
        var secret = settings.Text("BACKUP_NOTIFY_SECRET");
        if (kind is ReceiverKind.DingTalk or ReceiverKind.Feishu && secret is null)
        {
            settings.Problem("BACKUP_NOTIFY_SECRET", $"is required for a {kind} robot (its signing secret)");
        }

        return new ReceiverSettings("backup", kind, url, secret, SendResolved: true, Mentions: []);
    }

    private static RetentionRules ReadRetention(SettingsReader settings)
    {
        int Keep(string name, int value) => (int)settings.Number(name, value, 0, 10_000);
        var offsetText = settings.Text("BACKUP_CALENDAR_UTC_OFFSET") ?? "+00:00";
        if (!TimeSpan.TryParseExact(offsetText.TrimStart('+'), @"hh\:mm", CultureInfo.InvariantCulture, out var offset) || offset > TimeSpan.FromHours(14))
        {
            settings.Problem("BACKUP_CALENDAR_UTC_OFFSET", $"must be an offset such as +08:00 or -05:00, not '{offsetText}'");
        }
        else if (offsetText.StartsWith('-'))
        {
            offset = -offset;
        }

        return new RetentionRules(
            Keep("BACKUP_KEEP_LAST", 3), Keep("BACKUP_KEEP_DAILY", 7), Keep("BACKUP_KEEP_WEEKLY", 4), Keep("BACKUP_KEEP_MONTHLY", 12), Keep("BACKUP_KEEP_YEARLY", 0), offset);
    }

    private static (EncryptionKey? Current, IReadOnlyDictionary<string, EncryptionKey> All) ReadKeys(SettingsReader settings)
    {
        var keys = new Dictionary<string, EncryptionKey>(StringComparer.Ordinal);
        EncryptionKey? current = null;
        if (settings.Text("BACKUP_ENCRYPTION_KEY") is { } material)
        {
            current = Parse(settings, "BACKUP_ENCRYPTION_KEY", material, settings.Text("BACKUP_ENCRYPTION_KEY_ID"));
        }
        else if (settings.Text("BACKUP_ENCRYPTION_KEY_ID") is not null)
        {
            settings.Problem("BACKUP_ENCRYPTION_KEY_ID", "is set but BACKUP_ENCRYPTION_KEY is not");
        }

        foreach (var item in settings.List("BACKUP_OLD_ENCRYPTION_KEYS"))
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            if (Parse(settings, "BACKUP_OLD_ENCRYPTION_KEYS", colon < 0 ? item : item[(colon + 1)..], colon < 0 ? null : item[..colon]) is { } old)
            {
                keys[old.Id] = old;
            }
        }

        if (current is not null)
        {
            keys[current.Id] = current;
        }

        return (current, keys);
    }

    private static EncryptionKey? Parse(SettingsReader settings, string variable, string material, string? id)
    {
        try
        {
            return EncryptionKey.Parse(material, id);
        }
        catch (FormatException e)
        {
            settings.Problem(variable, e.Message);
            return null;
        }
    }
}
