namespace Functions.TestSupport.CloudApi;

/// <summary>The emulator's Secrets Manager: secrets with versions.</summary>
public sealed class SsmState
{
    private readonly Dictionary<string, List<(string Version, string Value, long Created)>> _secrets = new(StringComparer.Ordinal);

    /// <summary>Adds a version of a secret (later versions are newer).</summary>
    /// <param name="name">The secret.</param>
    /// <param name="value">Its text.</param>
    /// <param name="version">The version id.</param>
    public void Put(string name, string value, string version = "v1")
    {
        lock (_secrets)
        {
            if (!_secrets.TryGetValue(name, out var versions))
            {
                _secrets[name] = versions = [];
            }

            versions.Add((version, value, 1_700_000_000 + versions.Count));
        }
    }

    internal IReadOnlyList<(string Version, string Value, long Created)> Versions(string name)
    {
        lock (_secrets)
        {
            return _secrets.TryGetValue(name, out var versions)
                ? versions.ToArray()
                : throw new ApiErrorException("ResourceNotFound.SecretNotExist", $"The secret {name} does not exist.");
        }
    }
}
