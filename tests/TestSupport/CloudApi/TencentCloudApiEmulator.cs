using System.Text.Json;
using System.Text.Json.Nodes;
using Functions.TencentCloud.Api;

namespace Functions.TestSupport.CloudApi;

/// <summary>
/// Tencent Cloud API 3.0 on loopback, for tests. Every request must carry a valid TC3 signature from a known key,
/// a timestamp within 5 minutes of the emulator's clock and the session token of temporary keys, or it gets the
/// error the real service gives. Accepted calls reach stateful services — CloudBase Run (tcbr), Cloud Monitor
/// series, recorded SCF invokes, SSM secrets — and faults (throttling, gateway 5xx, clock skew) can be injected.
/// </summary>
public sealed partial class TencentCloudApiEmulator : IAsyncDisposable
{
    private readonly Dictionary<string, (string Key, string? Token)> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Service, string Action), Func<JsonElement, JsonObject>> _actions = [];
    private readonly List<RecordedCall> _calls = [];
    private readonly InjectedFaults<Fault> _faults = new();
    private readonly Lock _gate = new();
    private LoopbackServer? _server;

    private TencentCloudApiEmulator()
    {
        CloudRun = new CloudRunState();
        Monitor = new MonitorState();
        Scf = new ScfState();
        Ssm = new SsmState();
        RegisterCloudRun();
        RegisterMonitor();
        RegisterScf();
        RegisterSsm();
    }

    /// <summary>Where the emulator listens: set as <c>TENCENTCLOUD_ENDPOINT</c>.</summary>
    public Uri Endpoint => _server!.BaseUrl;

    /// <summary>How far the emulator's clock is ahead of the real one (to test skew correction).</summary>
    public TimeSpan ClockSkew { get; set; }

    /// <summary>CloudBase Run environments and services.</summary>
    public CloudRunState CloudRun { get; }

    /// <summary>Metric series.</summary>
    public MonitorState Monitor { get; }

    /// <summary>Recorded function invocations.</summary>
    public ScfState Scf { get; }

    /// <summary>Secrets.</summary>
    public SsmState Ssm { get; }

    /// <summary>Requests that passed authentication, in order.</summary>
    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return _calls.ToArray();
            }
        }
    }

    /// <summary>Requests rejected at authentication, with the code given.</summary>
    public List<string> Rejections { get; } = [];

    /// <summary>Starts the emulator on a free loopback port.</summary>
    /// <returns>The running emulator.</returns>
    public static async Task<TencentCloudApiEmulator> StartAsync()
    {
        var emulator = new TencentCloudApiEmulator();
        emulator._server = await LoopbackServer.StartAsync(emulator.HandleAsync);
        return emulator;
    }

    /// <summary>Accepts requests signed with this key (and, for temporary keys, carrying this token).</summary>
    /// <param name="secretId">The SecretId.</param>
    /// <param name="secretKey">The SecretKey.</param>
    /// <param name="sessionToken">The session token of temporary keys.</param>
    public void AddKey(string secretId, string secretKey, string? sessionToken = null)
    {
        lock (_gate)
        {
            _keys[secretId] = (secretKey, sessionToken);
        }
    }

    /// <summary>Answers the next <paramref name="times"/> calls of <paramref name="action"/> with an API error.</summary>
    /// <param name="action">The action, e.g. DescribeCloudRunServers.</param>
    /// <param name="times">How many calls.</param>
    /// <param name="code">The error code.</param>
    public void FailNext(string action, int times, string code = ApiErrorCodes.RequestLimitExceeded) => AddFaults(action, times, new Fault(code, 0));

    /// <summary>Answers the next <paramref name="times"/> calls of <paramref name="action"/> with a bare HTTP status.</summary>
    /// <param name="action">The action.</param>
    /// <param name="times">How many calls.</param>
    /// <param name="status">The status, e.g. 502.</param>
    public void FailNextWithStatus(string action, int times, int status) => AddFaults(action, times, new Fault(null, status));

    /// <summary>Drops the connection of the next <paramref name="times"/> calls of <paramref name="action"/> after reading them
    /// (the request arrived; the answer never comes).</summary>
    /// <param name="action">The action.</param>
    /// <param name="times">How many calls.</param>
    public void DropNext(string action, int times) => AddFaults(action, times, new Fault(null, -1));

    /// <summary>Applies the next <paramref name="times"/> calls of <paramref name="action"/> and then drops their
    /// connections: the effect happened, but the caller cannot know it (what a crash-safe re-run must cope with).</summary>
    /// <param name="action">The action, e.g. UpdateCloudRunServer.</param>
    /// <param name="times">How many calls.</param>
    public void LoseResponseNext(string action, int times) => AddFaults(action, times, new Fault(null, LostResponse));

    /// <summary>Applies the next call of <paramref name="action"/> and never answers it, until the caller gives up:
    /// an invocation that reaches its time limit right after its effect, before it could record anything.</summary>
    /// <param name="action">The action.</param>
    /// <returns>A task that completes when the effect has been applied.</returns>
    public Task StallAfterNext(string action)
    {
        var applied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_stalls)
        {
            _stalls[action] = applied;
        }

        AddFaults(action, 1, new Fault(null, Stalled));
        return applied.Task;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private const int LostResponse = -2;
    private const int Stalled = -3;
    private readonly Dictionary<string, TaskCompletionSource> _stalls = new(StringComparer.Ordinal);

    private void Register(string service, string action, Func<JsonElement, JsonObject> handler) => _actions[(service, action)] = handler;

    private void AddFaults(string action, int times, Fault fault) => _faults.Add(action, times, fault);

    private Fault? NextFault(string action) => _faults.TryTake(action, out var fault) ? fault : null;

    private sealed record Fault(string? Code, int Status);
}
