using Functions.Scf.Hosting;
using Functions.State.Postgres;
using Functions.State.Redis;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Functions.State;

/// <summary>Registers the state stores a function reads from its configuration, with their health checks.</summary>
public static class StateServices
{
    /// <summary>Reads a PostgreSQL URL from <paramref name="variable"/> and registers an <see cref="NpgsqlDataSource"/>.</summary>
    /// <param name="function">The function's services.</param>
    /// <param name="variable">The variable, e.g. <c>DATABASE_URL</c>.</param>
    /// <param name="required">Whether the function cannot run without it.</param>
    /// <returns>True when a data source was registered.</returns>
    public static bool AddPostgres(this FunctionServices function, string variable, bool required)
    {
        var value = required
            ? function.Settings.RequiredText(variable, "postgres://user:password@host:5432/database")
            : function.Settings.Text(variable);
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = PostgresUrl.Parse(value);
        }
        catch (FormatException e)
        {
            function.Settings.Problem(variable, e.Message);
            return false;
        }

        builder.ApplicationName ??= "superinsight-ops";
        var target = PostgresUrl.Describe(builder);
        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        function.Services.AddSingleton(dataSource);
        function.Health.AddCheck($"postgres ({variable})", new PostgresHealthCheck(dataSource, target));
        return true;
    }

    /// <summary>Reads a Redis URL from <paramref name="variable"/> and registers a <see cref="RedisConnection"/>.</summary>
    /// <param name="function">The function's services.</param>
    /// <param name="variable">The variable, e.g. <c>REDIS_URL</c>.</param>
    /// <param name="required">Whether the function cannot run without it.</param>
    /// <returns>True when a connection was registered.</returns>
    public static bool AddRedis(this FunctionServices function, string variable, bool required)
    {
        var value = required
            ? function.Settings.RequiredText(variable, "redis://[:password@]host:6379[/db]")
            : function.Settings.Text(variable);
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        RedisConnection connection;
        try
        {
            connection = new RedisConnection(RedisUrl.Parse(value));
        }
        catch (FormatException e)
        {
            function.Settings.Problem(variable, e.Message);
            return false;
        }

        function.Services.AddSingleton(connection);
        function.Health.AddCheck($"redis ({variable})", new RedisHealthCheck(connection));
        return true;
    }
}
