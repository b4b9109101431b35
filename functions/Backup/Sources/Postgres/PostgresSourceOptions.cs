namespace Functions.Backup.Sources.Postgres;

/// <summary>What the PostgreSQL source dumps.</summary>
/// <param name="Connection">The server.</param>
/// <param name="Databases">Databases to dump: empty for the URL's, or <c>*</c> for every database that accepts connections.</param>
/// <param name="Globals">Also dump roles and tablespaces (<c>pg_dumpall --globals-only</c>; needs a superuser).</param>
internal sealed record PostgresSourceOptions(PostgresConnection Connection, IReadOnlyList<string> Databases, bool Globals)
{
    /// <summary>Whether every database is dumped.</summary>
    public bool AllDatabases => Databases is ["*"];
}
