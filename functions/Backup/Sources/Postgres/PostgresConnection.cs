using System.Globalization;
using Npgsql;

namespace Functions.Backup.Sources.Postgres;

/// <summary>A PostgreSQL server as both Npgsql and the libpq tools (pg_dump, pg_restore, psql) reach it.</summary>
/// <param name="builder">The parsed DATABASE_URL-style connection.</param>
/// <param name="pgBin">The directory holding the client tools, or null to find them on PATH.</param>
internal sealed class PostgresConnection(NpgsqlConnectionStringBuilder builder, string? pgBin)
{
    public NpgsqlConnectionStringBuilder Builder { get; } = builder;

    /// <summary>The database the URL names (the default for dumps and restores).</summary>
    public string Database => Builder.Database ?? Builder.Username ?? "postgres";

    /// <summary>Where it points, without credentials.</summary>
    public string Describe(string? database = null) => $"{Builder.Host}:{Builder.Port}/{database ?? Database}";

    /// <summary>A tool's path.</summary>
    /// <param name="tool">pg_dump, pg_dumpall, pg_restore or psql.</param>
    /// <returns>The path, or the bare name to find on PATH.</returns>
    public string Tool(string tool) => pgBin is null ? tool : Path.Combine(pgBin, tool);

    /// <summary>The libpq environment for a database: the password travels here, not on the command line.</summary>
    /// <param name="database">The database, or null for the URL's.</param>
    /// <returns>The variables.</returns>
    public IReadOnlyDictionary<string, string?> Environment(string? database = null) => new Dictionary<string, string?>
    {
        ["PGHOST"] = Builder.Host,
        ["PGPORT"] = Builder.Port.ToString(CultureInfo.InvariantCulture),
        ["PGUSER"] = Builder.Username,
        ["PGPASSWORD"] = Builder.Password,
        ["PGDATABASE"] = database ?? Database,
        ["PGSSLMODE"] = Builder.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        },
        ["PGAPPNAME"] = "superinsight-ops-backup",
        ["PGCONNECT_TIMEOUT"] = "10",
    };

    /// <summary>Opens a connection to a database of the server.</summary>
    /// <param name="database">The database, or null for the URL's.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The open connection.</returns>
    public async Task<NpgsqlConnection> OpenAsync(string? database, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(Builder.ConnectionString) { Database = database ?? Database };
        var connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
