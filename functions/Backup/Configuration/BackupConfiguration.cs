using Functions.Backup.Crypto;
using Functions.Backup.Pipeline;
using Functions.Backup.Retention;
using Functions.Notify;

namespace Functions.Backup.Configuration;

/// <summary>The Backup function's validated settings.</summary>
/// <param name="Repository">BACKUP_REPOSITORY.</param>
/// <param name="Encoding">Compression and encryption of stored objects.</param>
/// <param name="Keys">Keys that can decrypt stored objects, by id.</param>
/// <param name="Retention">Which sets to keep.</param>
/// <param name="StaleGrace">How old leftovers of unfinished runs must be before they are removed.</param>
/// <param name="Sources">The sources to back up by default, in order.</param>
/// <param name="Notify">The channel failures (and, if asked, successes) are sent to, or null.</param>
/// <param name="NotifyOnSuccess">Whether successes are posted too.</param>
/// <param name="PgBin">The PostgreSQL client tools' directory.</param>
internal sealed record BackupConfiguration(
    string Repository,
    ObjectEncoding Encoding,
    IReadOnlyDictionary<string, EncryptionKey> Keys,
    RetentionRules Retention,
    TimeSpan StaleGrace,
    IReadOnlyList<string> Sources,
    ReceiverSettings? Notify,
    bool NotifyOnSuccess,
    string? PgBin);
