using System.Text;
using System.Text.Json;
using Functions.Scf.Hosting;
using Functions.TestSupport;

namespace Functions.Backup.Tests.Runs;

/// <summary>The Backup function built from configuration like the real one, invoked through the host's runner.</summary>
internal sealed class BackupHarness : IAsyncDisposable
{
    private readonly FunctionApplication _application;
    private readonly InvocationRunner _runner;
    private readonly StringWriter _log = new();

    public BackupHarness(Dictionary<string, string?> environment, TimeProvider? time = null)
    {
        _application = TestFunctions.Build(BackupFunction.Definition, _log, time ?? TimeProvider.System, environment);
        _runner = _application.CreateRunner(HostMode.LocalInvoke);
    }

    public string Log => _log.ToString();

    /// <summary>Invokes an event; returns the result JSON or the error.</summary>
    public async Task<(JsonElement? Result, InvocationError? Error)> InvokeAsync(string eventJson, CancellationToken cancellationToken, TimeSpan? timeLimit = null)
    {
        var outcome = await _runner.InvokeAsync(Encoding.UTF8.GetBytes(eventJson), new InvocationRequest($"test-{Guid.NewGuid():N}", timeLimit ?? TimeSpan.FromMinutes(5), 1024), cancellationToken);
        return outcome.Error is { } error ? (null, error) : (JsonDocument.Parse(outcome.Result!.Utf8Json).RootElement.Clone(), null);
    }

    /// <summary>Invokes and insists on success.</summary>
    public async Task<JsonElement> SucceedAsync(string eventJson, CancellationToken cancellationToken)
    {
        var (result, error) = await InvokeAsync(eventJson, cancellationToken);
        Assert.IsNull(error, error?.ErrorMessage);
        return result!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        await _application.DisposeAsync();
        await _log.DisposeAsync();
    }
}
