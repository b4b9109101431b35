using System.Text.Json.Serialization;

namespace Functions.DeployOrchestrator.Configuration.Documents;

/// <summary>A notification receiver as written: its kind and the environment variables holding its URL and secret.</summary>
internal sealed class ReceiverDocument
{
    public string? Kind { get; init; }

    [JsonPropertyName("url_env")]
    public string? UrlEnv { get; init; }

    [JsonPropertyName("secret_env")]
    public string? SecretEnv { get; init; }
}
