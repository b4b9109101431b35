using Functions.TencentCloud.Api;
using Functions.TencentCloud.Serialization;

namespace Functions.TencentCloud.Ssm;

/// <summary>Reads secrets from Secrets Manager (ssm 2019-09-23).</summary>
/// <param name="api">The API client.</param>
public sealed class SsmClient(TencentCloudApiClient api)
{
    private static readonly ApiAction<GetSecretValueRequest, GetSecretValueResponse> GetValue =
        new(ApiService.Ssm, "GetSecretValue", TencentCloudJsonContext.Default.GetSecretValueRequest, TencentCloudJsonContext.Default.GetSecretValueResponse, Idempotent: true);

    private static readonly ApiAction<ListSecretVersionIdsRequest, ListSecretVersionIdsResponse> ListVersions =
        new(ApiService.Ssm, "ListSecretVersionIds", TencentCloudJsonContext.Default.ListSecretVersionIdsRequest, TencentCloudJsonContext.Default.ListSecretVersionIdsResponse, Idempotent: true);

    /// <summary>A secret's text; without a version, the newest one.</summary>
    /// <param name="secretName">The secret.</param>
    /// <param name="versionId">The version, or null for the newest.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The secret's text (a binary secret is returned as its Base64).</returns>
    public async Task<string> GetSecretAsync(string secretName, string? versionId, CancellationToken cancellationToken)
    {
        // GetSecretValue requires a version and SSM has no "latest" alias for user secrets: find the newest.
        versionId ??= await NewestVersionAsync(secretName, cancellationToken);
        var response = await api.CallAsync(GetValue, new GetSecretValueRequest { SecretName = secretName, VersionId = versionId }, cancellationToken);
        return response.SecretString is { Length: > 0 } text ? text : response.SecretBinary ?? "";
    }

    private async Task<string> NewestVersionAsync(string secretName, CancellationToken cancellationToken)
    {
        var response = await api.CallAsync(ListVersions, new ListSecretVersionIdsRequest { SecretName = secretName }, cancellationToken);
        return response.Versions is { Count: > 0 } versions
            ? versions.MaxBy(v => v.CreateTime)!.VersionId
            : "SSM_Current";
    }
}
