namespace Functions.Scf.Configuration;

/// <summary>How much of a configuration value must be kept out of logs and results.</summary>
public enum Sensitivity
{
    /// <summary>Safe to show.</summary>
    None,

    /// <summary>The whole value is a secret (a key, a token, a password).</summary>
    Secret,

    /// <summary>A URL whose user-info may carry a password (connection strings).</summary>
    UrlWithCredentials,
}
