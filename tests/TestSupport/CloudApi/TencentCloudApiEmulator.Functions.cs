using System.Text.Json;
using System.Text.Json.Nodes;

namespace Functions.TestSupport.CloudApi;

public sealed partial class TencentCloudApiEmulator
{
    private void RegisterScf() => Register("scf", "Invoke", body =>
    {
        var type = body.Optional("InvocationType") ?? "RequestResponse";
        if (type is not ("RequestResponse" or "Event"))
        {
            throw new ApiErrorException("InvalidParameterValue", "InvocationType must be RequestResponse or Event.");
        }

        var context = body.Optional("ClientContext") ?? "{}";
        try
        {
            using var _ = JsonDocument.Parse(context);
        }
        catch (JsonException)
        {
            throw new ApiErrorException("InvalidParameterValue.Param", "ClientContext is not valid JSON.");
        }

        var requestId = Guid.NewGuid().ToString();
        var invocation = new ScfInvocation(body.Required("FunctionName"), type == "Event", body.Optional("Qualifier"), body.Optional("Namespace"), context, requestId);
        var (result, error) = Scf.Invoke(invocation);
        return new JsonObject
        {
            ["Result"] = new JsonObject
            {
                ["FunctionRequestId"] = requestId,
                ["RetMsg"] = result ?? "",
                ["ErrMsg"] = error ?? "",
                ["Log"] = "",
            },
        };
    });

    private void RegisterSsm()
    {
        Register("ssm", "GetSecretValue", body =>
        {
            var name = body.Required("SecretName");
            var versionId = body.Required("VersionId");
            var version = Ssm.Versions(name).LastOrDefault(v => v.Version == versionId || versionId == "SSM_Current");
            return version.Version is null
                ? throw new ApiErrorException("ResourceNotFound", $"The secret {name} has no version {versionId}.")
                : new JsonObject { ["SecretName"] = name, ["VersionId"] = version.Version, ["SecretString"] = version.Value, ["SecretBinary"] = "" };
        });
        Register("ssm", "ListSecretVersionIds", body =>
        {
            var name = body.Required("SecretName");
            var versions = new JsonArray();
            foreach (var (version, _, created) in Ssm.Versions(name))
            {
                versions.Add(new JsonObject { ["VersionId"] = version, ["CreateTime"] = created });
            }

            return new JsonObject { ["SecretName"] = name, ["Versions"] = versions };
        });
    }
}
