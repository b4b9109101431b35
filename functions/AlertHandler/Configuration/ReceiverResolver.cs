using Functions.Notify;

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
            var (uri, secret) = ReceiverVariables.Read(at, channel.UrlEnv, channel.SecretEnv, environment, problems);
            if (uri is not null)
            {
                channels.Add(new ResolvedChannel(channel.Kind, channel.Path, uri, secret, channel.Mentions, channel.SendResolved));
            }
        }

        return new ResolvedReceiver(receiver.Name, channels);
    }
}
