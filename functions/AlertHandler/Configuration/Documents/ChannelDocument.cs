namespace Functions.AlertHandler.Configuration.Documents;

/// <summary>
/// One channel of a receiver as written. Secrets are never in the file: <c>url_env</c> and <c>secret_env</c> name the
/// environment variables that hold them. Which fields a kind accepts is checked when mapping.
/// </summary>
internal sealed class ChannelDocument
{
    public string? UrlEnv { get; init; }

    public string? SecretEnv { get; init; }

    public List<string>? Mentions { get; init; }

    public bool? SendResolved { get; init; }
}
