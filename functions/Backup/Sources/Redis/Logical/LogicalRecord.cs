namespace Functions.Backup.Sources.Redis.Logical;

/// <summary>One key of a logical snapshot.</summary>
/// <param name="Database">Its database number.</param>
/// <param name="Key">Its name.</param>
/// <param name="ExpireAtMs">When it expires, unix epoch milliseconds, or <see cref="LogicalFormat.NoExpiry"/>.</param>
/// <param name="Payload">Its value as DUMP serialised it.</param>
internal sealed record LogicalRecord(int Database, byte[] Key, long ExpireAtMs, byte[] Payload);
