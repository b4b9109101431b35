using Functions.Backup.Verification;

namespace Functions.Backup.Sources.Redis.Logical;

/// <summary>Checks a logical snapshot in one pass: framing, every DUMP payload's own CRC-64, and the trailer's count and CRC-64.</summary>
internal static class LogicalChecker
{
    /// <summary>What is checked, for the report.</summary>
    public const string Check = "logical snapshot framing, payloads, count and CRC-64";

    /// <summary>Checks the snapshot.</summary>
    /// <param name="snapshot">The snapshot, read to its end.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>What was found.</returns>
    /// <exception cref="InvalidDataException">It is not sound; the message says where and why.</exception>
    public static async Task<VerificationReport> CheckAsync(Stream snapshot, CancellationToken cancellationToken)
    {
        var reader = new LogicalSnapshotReader(snapshot);
        var databases = new SortedDictionary<int, long>();
        await reader.ReadHeaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken) is { } record)
        {
            try
            {
                DumpPayload.Check(record.Payload);
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"record {reader.Records} (db {record.Database}): {e.Message}", e);
            }

            databases[record.Database] = databases.GetValueOrDefault(record.Database) + 1;
        }

        var perDatabase = string.Join(", ", databases.Select(db => $"db{db.Key}: {db.Value}"));
        return VerificationReport.Ok(
            $"{LogicalFormat.Name}, {reader.Records} keys ({(perDatabase.Length > 0 ? perDatabase : "none")}), {reader.Bytes} bytes: "
            + "every length sane, every DUMP payload's CRC-64, the trailer's count and CRC-64 match");
    }
}
