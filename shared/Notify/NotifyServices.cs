using Functions.Scf.Hosting;
using Functions.State.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Functions.Notify;

/// <summary>Registers the <see cref="Notifier"/> and its parts.</summary>
public static class NotifyServices
{
    /// <summary>One connection pool for the process: a warm instance reuses its TLS connections across invocations.</summary>
    private static readonly HttpClient Http = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    {
        // Each request has its own timeout (NotifyOptions.RequestTimeout), on the injected clock.
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>
    /// Registers <see cref="NotificationSender"/> and <see cref="Notifier"/>, with the <see cref="NotificationLog"/>
    /// when an <see cref="NpgsqlDataSource"/> is already registered and the <see cref="RedisTokenBucket"/> when a
    /// <see cref="RedisConnection"/> is (see <c>StateServices.AddOptionalStateStores</c>): call it after those.
    /// </summary>
    /// <param name="function">The function's services.</param>
    /// <param name="options">The options; null for the defaults.</param>
    public static void AddNotify(this FunctionServices function, NotifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        AddNotify(function.Services, options);
    }

    /// <summary>The same on a bare service collection (tests, tools).</summary>
    /// <param name="services">The services.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <param name="http">The HTTP client; null for the process-wide one.</param>
    public static void AddNotify(this IServiceCollection services, NotifyOptions? options = null, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        options ??= new NotifyOptions();
        services.AddSingleton(options);
        services.AddSingleton(sp => new NotificationSender(http ?? Http, TimeOf(sp), sp.GetRequiredService<ILogger<NotificationSender>>())
        {
            Timeout = options.RequestTimeout,
        });
        if (services.Any(d => d.ServiceType == typeof(NpgsqlDataSource)))
        {
            services.AddSingleton(sp => new NotificationLog(sp.GetRequiredService<NpgsqlDataSource>(), TimeOf(sp)));
        }

        if (services.Any(d => d.ServiceType == typeof(RedisConnection)))
        {
            services.AddSingleton(sp => new RedisTokenBucket(sp.GetRequiredService<RedisConnection>(), TimeOf(sp)));
        }

        services.AddSingleton(sp => new Notifier(
            sp.GetRequiredService<NotificationSender>(),
            options,
            sp.GetRequiredService<ILogger<Notifier>>(),
            sp.GetService<NotificationLog>(),
            sp.GetService<RedisTokenBucket>()));
    }

    /// <summary>
    /// Registers only the <see cref="NotificationSender"/>, for a function whose database and Redis are not its own
    /// (Backup's are the app's): no notification log, no token buckets.
    /// </summary>
    /// <param name="function">The function's services.</param>
    /// <param name="options">Timeouts; defaults when null.</param>
    public static void AddNotificationSender(this FunctionServices function, NotifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        options ??= new NotifyOptions();
        function.Services.AddSingleton(sp => new NotificationSender(Http, TimeOf(sp), sp.GetRequiredService<ILogger<NotificationSender>>())
        {
            Timeout = options.RequestTimeout,
        });
    }

    private static TimeProvider TimeOf(IServiceProvider services) => services.GetService<TimeProvider>() ?? TimeProvider.System;
}
