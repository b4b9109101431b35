namespace Functions.AlertHandler.Configuration;

/// <summary>
/// Reads receivers' URLs and secrets from the environment variables the configuration names. Problems name the
/// receiver, the channel and the variable, never the value.
/// </summary>
internal static class ReceiverResolver
{
    /// <summary>Resolves one receiver.</summary>
    /// <param name="receiver">The receiver.</param>
    /// <param name="environment">Looks a variable up; null when unset.</param>
    /// <returns>The resolved receiver.</returns>
    /// <exception cref="AlertConfigException">A variable is unset, empty or not a URL.</exception>
    public static ResolvedReceiver Resolve(ReceiverConfig receiver, Func<string, string?> environment)
    {
        var problems = new List<string>();
        var resolved = Resolve(receiver, environment, problems);
        return problems.Count > 0 ? throw new AlertConfigException(problems) : resolved;
    }

    /// <summary>Resolves every receiver, reporting all problems at once.</summary>
    /// <param name="config">The configuration.</param>
    /// <param name="environment">Looks a variable up; null when unset.</param>
    /// <returns>The receivers by name.</returns>
    /// <exception cref="AlertConfigException">Some variable is unset, empty or not a URL.</exception>
    public static IReadOnlyDictionary<string, ResolvedReceiver> ResolveAll(AlertConfig config, Func<string, string?> environment)
    {
        var problems = new List<string>();
        var resolved = config.Receivers.ToDictionary(r => r.Name, r => Resolve(r, environment, problems), StringComparer.Ordinal);
        return problems.Count > 0 ? throw new AlertConfigException(problems) : resolved;
    }

    private static ResolvedReceiver Resolve(ReceiverConfig receiver, Func<string, string?> environment, List<string> problems)
    {
        var channels = new List<ResolvedChannel>();
        foreach (var channel in receiver.Channels)
        {
            var at = $"receiver '{receiver.Name}' {channel.Path}";
            var url = environment(channel.UrlEnv);
            Uri? uri = null;
            if (string.IsNullOrWhiteSpace(url))
            {
                problems.Add($"{at}.url_env: environment variable {channel.UrlEnv} is not set");
            }
            else if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out uri) || uri.Scheme is not ("https" or "http"))
            {
                problems.Add($"{at}.url_env: environment variable {channel.UrlEnv} does not hold an absolute http(s) URL");
                uri = null;
            }

            string? secret = null;
            if (channel.SecretEnv is { } secretVariable)
            {
                secret = environment(secretVariable);
                if (string.IsNullOrWhiteSpace(secret))
                {
                    problems.Add($"{at}.secret_env: environment variable {secretVariable} is not set");
                }
            }

            if (uri is not null)
            {
                channels.Add(new ResolvedChannel(channel.Kind, channel.Path, uri, secret?.Trim(), channel.Mentions, channel.SendResolved));
            }
        }

        return new ResolvedReceiver(receiver.Name, channels);
    }
}
