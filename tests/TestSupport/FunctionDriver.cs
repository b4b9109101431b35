using System.Text;
using System.Text.Json;
using Functions.Scf.Hosting;
using Functions.TestSupport.CloudApi;

namespace Functions.TestSupport;

/// <summary>
/// A function built from configuration like the real one and invoked in process, on a shifted clock, with its cloud
/// calls signed in to the API emulator: what the end-to-end harnesses of the functions share.
/// </summary>
public sealed class FunctionDriver : IAsyncDisposable
{
    private const string SecretId = "AKIDfunctionDriverKey001";
    private const string SecretKey = "function-driver-secret-key";

    private readonly TencentCloudApiEmulator _cloud;
    private readonly string _region;
    private readonly StringWriter _log = new();
    private FunctionApplication? _application;
    private InvocationRunner? _runner;

    /// <summary>Creates the driver; the emulator accepts its key from now on.</summary>
    /// <param name="cloud">The API emulator the function calls.</param>
    /// <param name="region">The function's region.</param>
    public FunctionDriver(TencentCloudApiEmulator cloud, string region)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        _cloud = cloud;
        _region = region;
        cloud.AddKey(SecretId, SecretKey);
    }

    /// <summary>The function's clock: real time, moved forward by <see cref="Advance"/>.</summary>
    public ShiftedTimeProvider Time { get; } = new();

    /// <summary>The time limit of each invocation unless one is given.</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Everything the function logged.</summary>
    public string Log => _log.ToString();

    /// <summary>Builds the function; call once.</summary>
    /// <param name="definition">The function.</param>
    /// <param name="settings">Its variables (the cloud's endpoint, key and region are added).</param>
    public void Build(FunctionDefinition definition, IReadOnlyDictionary<string, string?> settings)
    {
        var environment = new Dictionary<string, string?>
        {
            ["TENCENTCLOUD_ENDPOINT"] = _cloud.Endpoint.ToString(),
            ["TENCENTCLOUD_SECRETID"] = SecretId,
            ["TENCENTCLOUD_SECRETKEY"] = SecretKey,
            ["TENCENTCLOUD_REGION"] = _region,
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        _application = TestFunctions.Build(definition, _log, Time, environment);
        _runner = _application.CreateRunner(HostMode.LocalInvoke);
    }

    /// <summary>Moves the function's clock (and the emulator's, so signatures stay valid).</summary>
    /// <param name="by">How far.</param>
    public void Advance(TimeSpan by)
    {
        Time.Advance(by);
        _cloud.ClockSkew = Time.Offset;
    }

    /// <summary>Invokes the function once.</summary>
    /// <param name="eventJson">The event.</param>
    /// <param name="cancellationToken">Cancels the invocation.</param>
    /// <param name="timeLimit">Its time limit (default <see cref="TimeLimit"/>).</param>
    /// <returns>The result, or the error.</returns>
    public async Task<(JsonElement? Result, InvocationError? Error)> InvokeAsync(string eventJson, CancellationToken cancellationToken, TimeSpan? timeLimit = null)
    {
        var runner = _runner ?? throw new InvalidOperationException("Build the function first.");
        var request = new InvocationRequest($"test-{Guid.NewGuid():N}", timeLimit ?? TimeLimit, 256);
        var outcome = await runner.InvokeAsync(Encoding.UTF8.GetBytes(eventJson), request, cancellationToken);
        return outcome.Error is { } error ? (null, error) : (JsonDocument.Parse(outcome.Result!.Utf8Json).RootElement.Clone(), null);
    }

    /// <summary>Invokes the function once and fails the test unless it succeeds.</summary>
    /// <param name="eventJson">The event.</param>
    /// <param name="cancellationToken">Cancels the invocation.</param>
    /// <returns>The result.</returns>
    public async Task<JsonElement> SucceedAsync(string eventJson, CancellationToken cancellationToken)
    {
        var (result, error) = await InvokeAsync(eventJson, cancellationToken);
        Assert.IsNull(error, error?.ErrorMessage);
        return result!.Value;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_application is not null)
        {
            await _application.DisposeAsync();
        }

        await _log.DisposeAsync();
    }
}
