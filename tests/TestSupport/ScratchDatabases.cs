using Functions.State.Postgres;
using Npgsql;

namespace Functions.TestSupport;

/// <summary>Creates uniquely named databases on the local PostgreSQL (DATABASE_URL) and drops them afterwards.</summary>
public sealed class ScratchDatabases : IAsyncDisposable
{
    private readonly NpgsqlConnectionStringBuilder _server;
    private readonly List<string> _created = [];

    /// <summary>Points at the server of DATABASE_URL (Inconclusive locally, a failure under CI, when unset).</summary>
    public ScratchDatabases()
    {
        _server = PostgresUrl.Parse(TestEnvironment.RequireVariable("DATABASE_URL"));
    }

    /// <summary>The server's connection settings.</summary>
    public NpgsqlConnectionStringBuilder Server => _server;

    /// <summary>Creates an empty database and returns its postgres:// URL.</summary>
    public async Task<string> CreateAsync(string label, CancellationToken cancellationToken)
    {
        var unique = $"t_{label}_{Guid.NewGuid():N}";
        var name = unique[..Math.Min(unique.Length, 40)];
        await ExecuteAsync("postgres", $"CREATE DATABASE \"{name}\"", cancellationToken);
        _created.Add(name);
        return Url(name);
    }

    /// <summary>The postgres:// URL of a database on the server.</summary>
    public string Url(string database) =>
        $"postgres://{Uri.EscapeDataString(_server.Username!)}:{Uri.EscapeDataString(_server.Password!)}@{_server.Host}:{_server.Port}/{database}";

    /// <summary>Runs SQL in a database.</summary>
    public async Task ExecuteAsync(string database, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(database, cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Opens an unpooled connection to a database.</summary>
    public async Task<NpgsqlConnection> OpenAsync(string database, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = database, Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Drops every database it created.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var name in _created)
        {
            await ExecuteAsync("postgres", $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
        }
    }
}
