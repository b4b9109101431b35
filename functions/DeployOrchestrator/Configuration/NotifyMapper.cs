using Functions.DeployOrchestrator.Configuration.Documents;

namespace Functions.DeployOrchestrator.Configuration;

/// <summary>Validates notification receivers: a known kind, variable names (not values), and a secret only where the kind signs.</summary>
internal static class NotifyMapper
{
    private static readonly (string, NotifyReceiverKind)[] Kinds =
        [("wecom", NotifyReceiverKind.WeCom), ("webhook", NotifyReceiverKind.Webhook), ("dingtalk", NotifyReceiverKind.DingTalk), ("feishu", NotifyReceiverKind.Feishu)];

    /// <summary>Maps the receivers.</summary>
    /// <param name="document">The <c>notify</c> object, or null (no notifications).</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <returns>The valid receivers.</returns>
    public static List<NotifyReceiver> Map(NotifyDocument? document, List<string> problems)
    {
        var receivers = new List<NotifyReceiver>();
        var documents = document?.Receivers ?? [];
        for (var i = 0; i < documents.Count; i++)
        {
            var receiver = documents[i];
            var path = $"notify.receivers[{i}]";
            if (receiver is null)
            {
                problems.Add($"{path}: a receiver cannot be null");
                continue;
            }

            var before = problems.Count;
            if (receiver.Kind is null)
            {
                problems.Add($"{path}.kind: required (wecom, webhook, dingtalk or feishu)");
            }

            var kind = ConfigValues.Word(receiver.Kind, NotifyReceiverKind.Webhook, Kinds, $"{path}.kind", problems);
            Variable(receiver.UrlEnv, $"{path}.url_env", required: true, problems);
            Variable(receiver.SecretEnv, $"{path}.secret_env", required: false, problems);
            if (receiver.SecretEnv is not null && kind == NotifyReceiverKind.WeCom)
            {
                problems.Add($"{path}.secret_env: wecom is not signed (the key in the URL is the credential)");
            }

            if (problems.Count == before)
            {
                receivers.Add(new NotifyReceiver(kind, path, receiver.UrlEnv!, receiver.SecretEnv));
            }
        }

        return receivers;
    }

    /// <summary>Whether a string can name an environment variable.</summary>
    /// <param name="name">The candidate.</param>
    /// <returns>True for <c>[A-Za-z_][A-Za-z0-9_]*</c>.</returns>
    public static bool IsVariableName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static void Variable(string? name, string path, bool required, List<string> problems)
    {
        if (name is null)
        {
            if (required)
            {
                problems.Add($"{path}: required (the name of the environment variable holding it; secrets stay out of the file)");
            }
        }
        else if (!IsVariableName(name))
        {
            problems.Add($"{path}: '{name}' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*)");
        }
    }
}
