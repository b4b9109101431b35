using Functions.Backup.Pipeline;

namespace Functions.Backup.Restore;

/// <summary>What to restore and where.</summary>
/// <param name="SetId">The set.</param>
/// <param name="Objects">The source's objects in the set.</param>
/// <param name="Target">Where to: a postgres:// URL, a redis:// URL or an absolute directory.</param>
/// <param name="Clean">Whether a non-empty target may be overwritten (PostgreSQL objects dropped first; Redis keys replaced; directory files overwritten).</param>
/// <param name="Details">The source's details from the manifest (mode, versions).</param>
internal sealed record RestoreRequest(string SetId, IReadOnlyList<StoredObject> Objects, string Target, bool Clean, IReadOnlyDictionary<string, string> Details);
