using Functions.Scf.Hosting;
using Functions.TencentCloud.Api;
using Functions.TencentCloud.CloudRun;
using Functions.TencentCloud.Credentials;
using Functions.TencentCloud.Monitor;
using Functions.TencentCloud.Scf;
using Functions.TencentCloud.Ssm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Functions.Scf.Cloud;

/// <summary>Registers the Tencent Cloud API client and its typed clients (CloudBase Run, Monitor, SCF, SSM).</summary>
public static class CloudApiServices
{
    /// <summary>One connection pool for the process: a warm instance reuses its TLS connections across invocations.</summary>
    private static readonly HttpClient Http = CreateHttpClient();

    /// <summary>Registers the clients with options read from configuration.</summary>
    /// <param name="function">The function's services.</param>
    public static void AddTencentCloud(this FunctionServices function)
    {
        var options = CloudApiSettings.Read(function.Settings);
        function.Services.AddSingleton(options);
        var configuration = function.Configuration;
        function.Services.AddSingleton<ICredentialsProvider>(_ => CredentialsChain.Default(options.Credentials, key => configuration[key]));
        function.Services.AddSingleton(sp => new TencentCloudApiClient(
            Http, options, sp.GetRequiredService<ICredentialsProvider>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TencentCloudApiClient>>()));
        function.Services.AddSingleton<CloudRunClient>();
        function.Services.AddSingleton<MonitorClient>();
        function.Services.AddSingleton<ScfClient>();
        function.Services.AddSingleton<SsmClient>();
    }

    /// <summary>An API client outside dependency injection, for resolving <c>ssm://</c> values before services exist.</summary>
    /// <param name="options">The options.</param>
    /// <param name="configuration">The configuration, whose TENCENTCLOUD_SECRETID/SECRETKEY/SESSIONTOKEN are the role's keys.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    /// <returns>The client.</returns>
    public static TencentCloudApiClient CreateClient(TencentCloudApiOptions options, IConfiguration configuration, TimeProvider time, ILogger<TencentCloudApiClient> logger) =>
        new(Http, options, CredentialsChain.Default(options.Credentials, key => configuration[key]), time, logger);

    private static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };
}
