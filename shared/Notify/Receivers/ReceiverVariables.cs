namespace Functions.Notify;

/// <summary>
/// A receiver's URL and secret are credentials, so configuration files name the variables that hold them
/// (<c>url_env</c>, <c>secret_env</c>); this reads them. Problems name the path and the variable, never a value.
/// </summary>
public static class ReceiverVariables
{
    /// <summary>Reads a receiver's URL and secret.</summary>
    /// <param name="path">Where the receiver is in the configuration, leading each problem.</param>
    /// <param name="urlVariable">The variable holding its http(s) URL.</param>
    /// <param name="secretVariable">The variable holding its secret, or null when it has none.</param>
    /// <param name="environment">Reads variables.</param>
    /// <param name="problems">Where problems are added.</param>
    /// <returns>The URL (null when missing or invalid) and the secret.</returns>
    public static (Uri? Url, string? Secret) Read(string path, string urlVariable, string? secretVariable, Func<string, string?> environment, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(problems);
        var text = environment(urlVariable);
        Uri? url = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{path}.url_env: environment variable {urlVariable} is not set");
        }
        else if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out url) || url.Scheme is not ("https" or "http"))
        {
            problems.Add($"{path}.url_env: environment variable {urlVariable} does not hold an absolute http(s) URL");
            url = null;
        }

        string? secret = null;
        if (secretVariable is not null)
        {
            secret = environment(secretVariable);
            if (string.IsNullOrWhiteSpace(secret))
            {
                problems.Add($"{path}.secret_env: environment variable {secretVariable} is not set");
            }
        }

        return (url, secret?.Trim());
    }
}
