using System.Globalization;
using System.Threading.Channels;

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
    private readonly InjectedFaults<int> _faults = new();
    private LoopbackServer? _server;
    private PendingInvocation? _current;
    private int _nextCalls;

    private RuntimeApiEmulator() { }

    /// <summary>The port it listens on.</summary>
    public int Port => _server!.Port;

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
        emulator._server = await LoopbackServer.StartAsync(emulator.HandleAsync);
        return emulator;
    }

    /// <summary>Makes the next <paramref name="times"/> calls to <paramref name="path"/> fail with <paramref name="status"/>.</summary>
    /// <param name="path">For example "/runtime/invocation/response".</param>
    /// <param name="times">How many calls fail.</param>
    /// <param name="status">The status they get.</param>
    public void FailNext(string path, int times, int status) => _faults.Add(path, times, status);

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
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private void Violation(string what)
    {
        lock (_gate)
        {
            _violations.Add(what);
        }
    }

    private bool TryFault(string path, out int status) => _faults.TryTake(path, out status);
}
