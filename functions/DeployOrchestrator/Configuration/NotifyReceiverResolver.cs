using Functions.Notify;

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
            var (uri, secret) = ReceiverVariables.Read(receiver.Path, receiver.UrlEnv, receiver.SecretEnv, environment, problems);
            if (uri is not null)
            {
                resolved.Add(new ResolvedNotifyReceiver(receiver.Kind, receiver.Path, uri, secret));
            }
        }

        return problems.Count > 0 ? throw new DeployConfigException(problems) : resolved;
    }
}
