using StackExchange.Redis;

namespace Functions.State.Redis;

/// <summary>
/// One multiplexer per process, connected on first use: a warm SCF instance reuses it across invocations,
/// and a function that never touches Redis in an invocation never pays for the connection.
/// </summary>
/// <param name="options">The connection options.</param>
public sealed class RedisConnection(ConfigurationOptions options) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConnectionMultiplexer? _multiplexer;

    /// <summary>Where it points, without credentials.</summary>
    public string Target { get; } = RedisUrl.Describe(options);

    /// <summary>The connected multiplexer.</summary>
    /// <param name="cancellationToken">Cancels waiting for the connection.</param>
    /// <returns>The multiplexer.</returns>
    public async Task<IConnectionMultiplexer> GetAsync(CancellationToken cancellationToken)
    {
        if (_multiplexer is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _multiplexer ??= await ConnectionMultiplexer.ConnectAsync(options.Clone()).WaitAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The configured database.</summary>
    /// <param name="cancellationToken">Cancels waiting for the connection.</param>
    /// <returns>The database.</returns>
    public async Task<IDatabase> DatabaseAsync(CancellationToken cancellationToken) => (await GetAsync(cancellationToken)).GetDatabase();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is { } multiplexer)
        {
            await multiplexer.DisposeAsync();
        }

        _gate.Dispose();
    }
}
