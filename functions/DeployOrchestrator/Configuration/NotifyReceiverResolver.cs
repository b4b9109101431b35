namespace Functions.DeployOrchestrator.Configuration;

/// <summary>Reads receivers' URLs and secrets from the variables the configuration names; problems name the variable, never the value.</summary>
internal static class NotifyReceiverResolver
{
    /// <summary>Resolves every receiver, reporting all problems at once.</summary>
    /// <param name="receivers">The configured receivers.</param>
    /// <param name="environment">Looks a variable up; null when unset.</param>
    /// <returns>The resolved receivers, in order.</returns>
    /// <exception cref="DeployConfigException">Some variable is unset, empty or not an http(s) URL.</exception>
    public static IReadOnlyList<ResolvedNotifyReceiver> ResolveAll(IReadOnlyList<NotifyReceiver> receivers, Func<string, string?> environment)
    {
        var problems = new List<string>();
        var resolved = new List<ResolvedNotifyReceiver>();
        foreach (var receiver in receivers)
        {
            var url = environment(receiver.UrlEnv);
            Uri? uri = null;
            if (string.IsNullOrWhiteSpace(url))
            {
                problems.Add($"{receiver.Path}.url_env: environment variable {receiver.UrlEnv} is not set");
            }
            else if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out uri) || uri.Scheme is not ("https" or "http"))
            {
                problems.Add($"{receiver.Path}.url_env: environment variable {receiver.UrlEnv} does not hold an absolute http(s) URL");
                uri = null;
            }

            string? secret = null;
            if (receiver.SecretEnv is { } variable)
            {
                secret = environment(variable);
                if (string.IsNullOrWhiteSpace(secret))
                {
                    problems.Add($"{receiver.Path}.secret_env: environment variable {variable} is not set");
                }
            }

            if (uri is not null)
            {
                resolved.Add(new ResolvedNotifyReceiver(receiver.Kind, receiver.Path, uri, secret?.Trim()));
            }
        }

        return problems.Count > 0 ? throw new DeployConfigException(problems) : resolved;
    }
}
