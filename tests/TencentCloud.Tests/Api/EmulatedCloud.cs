using Functions.TencentCloud.Api;
using Functions.TencentCloud.Credentials;
using Functions.TestSupport.CloudApi;
using Microsoft.Extensions.Logging;

namespace Functions.TencentCloud.Tests.Api;

/// <summary>An emulator with a known key and a client pointed at it, for one test.</summary>
internal sealed class EmulatedCloud : IAsyncDisposable
{
    public const string SecretId = "AKIDtestSecretIdForEmulator01";
    public const string SecretKey = "test-secret-key-0123456789abcdef";

    private readonly ILoggerFactory _loggers;

    private EmulatedCloud(TencentCloudApiEmulator emulator, TencentCloudApiClient client, RecordingLoggerProvider logs, ILoggerFactory loggers)
    {
        Emulator = emulator;
        Client = client;
        Logs = logs;
        _loggers = loggers;
    }

    public TencentCloudApiEmulator Emulator { get; }

    public TencentCloudApiClient Client { get; }

    public RecordingLoggerProvider Logs { get; }

    public static async Task<EmulatedCloud> StartAsync(TencentCloudCredentials? credentials = null, TimeSpan? budget = null, string? sessionToken = null)
    {
        var emulator = await TencentCloudApiEmulator.StartAsync();
        emulator.AddKey(SecretId, SecretKey, sessionToken);
        var options = new TencentCloudApiOptions
        {
            Region = "ap-shanghai",
            Endpoint = emulator.Endpoint,
            RetryBudget = budget ?? TimeSpan.FromSeconds(10),
            RetryDelay = TimeSpan.FromMilliseconds(10),
            AttemptTimeout = TimeSpan.FromSeconds(5),
        };
        var logs = new RecordingLoggerProvider();
        var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var client = new TencentCloudApiClient(
            Http, options, new StaticCredentials(credentials ?? new TencentCloudCredentials(SecretId, SecretKey, sessionToken)), TimeProvider.System,
            factory.CreateLogger<TencentCloudApiClient>());
        return new EmulatedCloud(emulator, client, logs, factory);
    }

    public ValueTask DisposeAsync()
    {
        _loggers.Dispose();
        return Emulator.DisposeAsync();
    }

    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };
}
