using Functions.Scf.Hosting;
using Functions.State.Postgres;
using Functions.State.Redis;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Functions.State;

/// <summary>Registers the state stores a function reads from its configuration, with their health checks.</summary>
public static class StateServices
{
    /// <summary>Registers <c>DATABASE_URL</c> and <c>REDIS_URL</c> when they are set (both optional).</summary>
    /// <param name="function">The function's services.</param>
    public static void AddOptionalStateStores(this FunctionServices function)
    {
        function.AddPostgres(StateVariables.DatabaseUrl, required: false);
        function.AddRedis(StateVariables.RedisUrl, required: false);
    }

    /// <summary>Reads a PostgreSQL URL from <paramref name="variable"/> and registers an <see cref="NpgsqlDataSource"/>.</summary>
    /// <param name="function">The function's services.</param>
    /// <param name="variable">The variable, e.g. <c>DATABASE_URL</c>.</param>
    /// <param name="required">Whether the function cannot run without it.</param>
    /// <returns>True when a data source was registered.</returns>
    public static bool AddPostgres(this FunctionServices function, string variable, bool required)
    {
        if (ReadUrl(function, variable, required, "postgres://user:password@host:5432/database", PostgresUrl.Parse) is not { } builder)
        {
            return false;
        }

        builder.ApplicationName ??= "superinsight-ops";
        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        function.Services.AddSingleton(dataSource);
        function.Health.AddCheck($"postgres ({variable})", new PostgresHealthCheck(dataSource, PostgresUrl.Describe(builder)));
        return true;
    }

    /// <summary>Reads a Redis URL from <paramref name="variable"/> and registers a <see cref="RedisConnection"/>.</summary>
    /// <param name="function">The function's services.</param>
    /// <param name="variable">The variable, e.g. <c>REDIS_URL</c>.</param>
    /// <param name="required">Whether the function cannot run without it.</param>
    /// <returns>True when a connection was registered.</returns>
    public static bool AddRedis(this FunctionServices function, string variable, bool required)
    {
        if (ReadUrl(function, variable, required, "redis://[:password@]host:6379[/db]", RedisUrl.Parse) is not { } options)
        {
            return false;
        }

        var connection = new RedisConnection(options);
        function.Services.AddSingleton(connection);
        function.Health.AddCheck($"redis ({variable})", new RedisHealthCheck(connection));
        return true;
    }

    // Reads and parses a connection URL; a missing required value or a parse failure becomes a problem naming the variable.
    private static T? ReadUrl<T>(FunctionServices function, string variable, bool required, string hint, Func<string, T> parse)
        where T : class
    {
        var value = required ? function.Settings.RequiredText(variable, hint) : function.Settings.Text(variable);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return parse(value);
        }
        catch (FormatException e)
        {
            function.Settings.Problem(variable, e.Message);
            return null;
        }
    }
}
