using Functions.Scf.Configuration;
using Functions.TencentCloud.Api;
using Functions.TencentCloud.Credentials;

namespace Functions.Scf.Cloud;

/// <summary>Reads the Tencent Cloud API client's options from configuration, naming the variable of every problem.</summary>
public static class CloudApiSettings
{
    /// <summary>The variables read, for <c>--help</c> and the README.</summary>
    public static readonly IReadOnlyList<ConfigVariable> Variables =
    [
        new("CLOUD_REGION", "Region for the cloud APIs when it differs from the function's (TENCENTCLOUD_REGION)."),
        new("TENCENTCLOUD_ENDPOINT", "Send every cloud API request to this scheme://host:port (emulators, private networks); still signed for the real service."),
        new("CLOUD_API_BUDGET_MS", "Total time one cloud API call may take across its retries.", "20000"),
        new("CLOUD_SECRET_ID", "Explicit SecretId, over the execution role's (rarely needed)."),
        new("CLOUD_SECRET_KEY", "Explicit SecretKey, with CLOUD_SECRET_ID.", Sensitivity: Sensitivity.Secret),
    ];

    /// <summary>Reads the options.</summary>
    /// <param name="settings">The reader; problems are recorded on it.</param>
    /// <returns>The options.</returns>
    public static TencentCloudApiOptions Read(SettingsReader settings)
    {
        var secretId = settings.Text("CLOUD_SECRET_ID");
        var secretKey = settings.Text("CLOUD_SECRET_KEY");
        if ((secretId is null) != (secretKey is null))
        {
            settings.Problem(secretId is null ? "CLOUD_SECRET_ID" : "CLOUD_SECRET_KEY", "must be set together with " + (secretId is null ? "CLOUD_SECRET_KEY" : "CLOUD_SECRET_ID"));
        }

        return new TencentCloudApiOptions
        {
            Region = settings.Text("CLOUD_REGION") ?? settings.Text("TENCENTCLOUD_REGION") ?? "",
            Endpoint = settings.Url("TENCENTCLOUD_ENDPOINT", "http", "https"),
            RetryBudget = settings.Milliseconds("CLOUD_API_BUDGET_MS", TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10)),
            Credentials = secretId is not null && secretKey is not null ? new TencentCloudCredentials(secretId, secretKey) : null,
        };
    }
}
