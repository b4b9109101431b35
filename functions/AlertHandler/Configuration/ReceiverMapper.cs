using Functions.AlertHandler.Configuration.Documents;

namespace Functions.AlertHandler.Configuration;

/// <summary>Validates receivers: unique names, and per channel kind only the fields that kind understands.</summary>
internal static class ReceiverMapper
{
    /// <summary>Maps the receivers.</summary>
    /// <param name="documents">The <c>receivers</c> array, or null.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <returns>The receivers with a valid name.</returns>
    public static IReadOnlyList<ReceiverConfig> Map(List<ReceiverDocument>? documents, List<string> problems)
    {
        var receivers = new List<ReceiverConfig>();
        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var document = documents![i];
            var path = $"receivers[{i}]";
            if (string.IsNullOrWhiteSpace(document?.Name))
            {
                problems.Add($"{path}.name: required");
                continue;
            }

            if (receivers.Any(r => string.Equals(r.Name, document.Name, StringComparison.Ordinal)))
            {
                problems.Add($"{path}.name: '{document.Name}' is defined twice");
                continue;
            }

            var channels = new List<ChannelConfig>();
            Channels(ChannelKind.WeCom, document.Wecom, path, channels, problems);
            Channels(ChannelKind.DingTalk, document.Dingtalk, path, channels, problems);
            Channels(ChannelKind.Feishu, document.Feishu, path, channels, problems);
            Channels(ChannelKind.Webhook, document.Webhook, path, channels, problems);
            receivers.Add(new ReceiverConfig(document.Name, channels));
        }

        return receivers;
    }

    /// <summary>Whether a string can name an environment variable.</summary>
    /// <param name="name">The candidate.</param>
    /// <returns>True for <c>[A-Za-z_][A-Za-z0-9_]*</c>.</returns>
    public static bool IsVariableName(string name) => Routing.MatcherSyntax.IsLabelName(name);

    private static void Channels(ChannelKind kind, List<ChannelDocument>? documents, string receiverPath, List<ChannelConfig> channels, List<string> problems)
    {
        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var document = documents![i];
            var path = $"{receiverPath}.{ChannelConfig.KeyOf(kind)}[{i}]";
            if (document is null)
            {
                problems.Add($"{path}: a channel cannot be null");
                continue;
            }

            var valid = Variable(document.UrlEnv, $"{path}.url_env", required: true, problems);
            valid &= Variable(document.SecretEnv, $"{path}.secret_env", required: false, problems);
            // A webhook's secret is sent as a bearer token; WeCom's only credential is the key in its URL.
            if (document.SecretEnv is not null && kind is ChannelKind.WeCom)
            {
                problems.Add($"{path}.secret_env: wecom is not signed (the key in the URL is the credential)");
                valid = false;
            }

            if (document.Mentions is { Count: > 0 } && kind == ChannelKind.Webhook)
            {
                problems.Add($"{path}.mentions: a webhook cannot @ anyone");
                valid = false;
            }

            if (valid)
            {
                channels.Add(new ChannelConfig(kind, i, document.UrlEnv!, document.SecretEnv, document.Mentions ?? [], document.SendResolved ?? true));
            }
        }
    }

    private static bool Variable(string? name, string path, bool required, List<string> problems)
    {
        if (name is null)
        {
            if (required)
            {
                problems.Add($"{path}: required (the name of the environment variable holding it; secrets stay out of the file)");
            }

            return !required;
        }

        if (!IsVariableName(name))
        {
            problems.Add($"{path}: '{name}' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*)");
            return false;
        }

        return true;
    }
}
