using System.Globalization;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.TestSupport;

/// <summary>
/// The SCF Custom Runtime API as documented (ready, next, response, error), on loopback. It keeps the
/// protocol's state — one invocation in flight, the first answer final, <c>next</c> during an invocation
/// returning the same event — and records every departure from it as a violation for the tests to assert on.
/// </summary>
public sealed partial class RuntimeApiEmulator : IAsyncDisposable
{
    private readonly Channel<PendingInvocation> _queue = Channel.CreateUnbounded<PendingInvocation>();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly List<string> _violations = [];
    private readonly Dictionary<string, Queue<int>> _faults = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private PendingInvocation? _current;
    private int _nextCalls;

    private RuntimeApiEmulator() { }

    /// <summary>The port it listens on.</summary>
    public int Port { get; private set; }

    /// <summary>The variables that point a bootstrap at this emulator.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["SCF_RUNTIME_API"] = "127.0.0.1",
        ["SCF_RUNTIME_API_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Completes when <c>/runtime/init/ready</c> is posted.</summary>
    public Task Ready => _ready.Task;

    /// <summary>How many times ready was posted.</summary>
    public int ReadyCount { get; private set; }

    /// <summary>How many times next was called.</summary>
    public int NextCalls => Volatile.Read(ref _nextCalls);

    /// <summary>Protocol violations seen so far.</summary>
    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_gate)
            {
                return _violations.ToArray();
            }
        }
    }

    /// <summary>Starts the emulator on a free loopback port.</summary>
    /// <returns>The running emulator.</returns>
    public static async Task<RuntimeApiEmulator> StartAsync()
    {
        var emulator = new RuntimeApiEmulator();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(emulator.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        emulator.Port = new Uri(address).Port;
        emulator._app = app;
        return emulator;
    }

    /// <summary>Makes the next <paramref name="times"/> calls to <paramref name="path"/> fail with <paramref name="status"/>.</summary>
    /// <param name="path">For example "/runtime/invocation/response".</param>
    /// <param name="times">How many calls fail.</param>
    /// <param name="status">The status they get.</param>
    public void FailNext(string path, int times, int status)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(path, out var queue))
            {
                _faults[path] = queue = new Queue<int>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(status);
            }
        }
    }

    /// <summary>Dispatches an event and waits for the function's answer.</summary>
    /// <param name="eventJson">The event body (need not be valid JSON).</param>
    /// <param name="timeLimit">The <c>time_limit_in_ms</c> header.</param>
    /// <param name="requestId">The request id (generated when null).</param>
    /// <param name="memoryMb">The <c>memory_limit_in_mb</c> header.</param>
    /// <returns>The outcome.</returns>
    public Task<EmulatedOutcome> InvokeAsync(byte[] eventJson, TimeSpan timeLimit, string? requestId = null, int memoryMb = 128)
    {
        var pending = new PendingInvocation(requestId ?? Guid.NewGuid().ToString(), eventJson, timeLimit, memoryMb);
        _queue.Writer.TryWrite(pending);
        return pending.Outcome.Task;
    }

    /// <summary>Dispatches an event given as text.</summary>
    /// <param name="eventJson">The event.</param>
    /// <param name="timeLimit">The time limit.</param>
    /// <param name="requestId">The request id.</param>
    /// <returns>The outcome.</returns>
    public Task<EmulatedOutcome> InvokeAsync(string eventJson, TimeSpan timeLimit, string? requestId = null) =>
        InvokeAsync(System.Text.Encoding.UTF8.GetBytes(eventJson), timeLimit, requestId);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }
    }

    private void Violation(string what)
    {
        lock (_gate)
        {
            _violations.Add(what);
        }
    }

    private bool TryFault(string path, out int status)
    {
        lock (_gate)
        {
            status = 0;
            return _faults.TryGetValue(path, out var queue) && queue.TryDequeue(out status);
        }
    }
}
