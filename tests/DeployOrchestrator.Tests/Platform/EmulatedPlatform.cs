using Functions.DeployOrchestrator.Platform;
using Functions.TencentCloud.CloudRun;
using Functions.TencentCloud.Credentials;
using Functions.TestSupport.CloudApi;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.DeployOrchestrator.Tests.Platform;

/// <summary>
/// The signature-verifying API emulator with one service running v1, gray releases kept open until done/go_back as
/// on the platform, and a deployer signed in to it.
/// </summary>
internal sealed class EmulatedPlatform : IAsyncDisposable
{
    public const string EnvId = "env-deploy";
    public const string Service = "superinsight";
    public const string V1 = "ccr.ccs.tencentyun.com/superinsight/api:v1@sha256:1111111111111111111111111111111111111111111111111111111111111111";
    public const string V2 = "ccr.ccs.tencentyun.com/superinsight/api:v2@sha256:2222222222222222222222222222222222222222222222222222222222222222";
    private const string SecretId = "AKIDdeployPlatform0001";
    private const string SecretKey = "deploy-platform-test-key";

    private EmulatedPlatform(TencentCloudApiEmulator emulator, CloudRunClient client, CloudRunDeployer deployer)
    {
        Emulator = emulator;
        Client = client;
        Deployer = deployer;
    }

    public TencentCloudApiEmulator Emulator { get; }

    public CloudRunClient Client { get; }

    public CloudRunDeployer Deployer { get; }

    public CloudRunService CloudRunService => Emulator.CloudRun.Get(EnvId, Service);

    /// <summary>Versions with traffic, as "name=percent" for compact assertions.</summary>
    public string[] Split => CloudRunService.Versions.Select(v => $"{v.Name}={v.Percent}").ToArray();

    public int CallsOf(string action) => Emulator.Calls.Count(c => c.Action == action);

    public static async Task<EmulatedPlatform> StartAsync(bool withService = true)
    {
        var emulator = await TencentCloudApiEmulator.StartAsync();
        emulator.CloudRun.GrayReleasesStayOpen = true;
        if (withService)
        {
            emulator.CloudRun.AddService(EnvId, Service, V1);
        }

        var api = emulator.CreateClient(new TencentCloudCredentials(SecretId, SecretKey), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1));
        var client = new CloudRunClient(api);
        return new EmulatedPlatform(emulator, client, new CloudRunDeployer(client, EnvId, NullLogger<CloudRunDeployer>.Instance));
    }

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}
