using Functions.DeployOrchestrator.Configuration;
using Functions.Notify;

namespace Functions.DeployOrchestrator.Runs;

/// <summary>The deployment file, parsed and validated at start, with its notification channels resolved from their variables.</summary>
/// <param name="config">The deployment file.</param>
/// <param name="channels">The receivers, as the shared notifier takes them.</param>
internal sealed class DeployRouting(DeployConfig config, IReadOnlyList<ReceiverSettings> channels)
{
    private static readonly TimeSpan DefaultDeadline = TimeSpan.FromMinutes(10);

    public DeployConfig Config { get; } = config;

    public IReadOnlyList<ReceiverSettings> Channels { get; } = channels;

    /// <summary>A service's progress deadline (the default when the file no longer has the service).</summary>
    public TimeSpan ProgressDeadline(string service) => Config.Service(service)?.ProgressDeadline ?? DefaultDeadline;

    /// <summary>Reads the deployment file from the variables and resolves its receivers.</summary>
    /// <param name="environment">Reads variables.</param>
    /// <returns>The routing.</returns>
    /// <exception cref="DeployConfigException">The file is missing, unreadable or invalid, or a receiver's variable is not set.</exception>
    public static DeployRouting Load(Func<string, string?> environment)
    {
        var config = DeployConfigSource.Load(environment, File.ReadAllText);
        var channels = NotifyReceiverResolver.ResolveAll(config.Receivers, environment)
            .Select(r => new ReceiverSettings($"deploy/{r.Path}", KindOf(r.Kind), r.Url, r.Secret, true, []))
            .ToArray();
        return new DeployRouting(config, channels);
    }

    private static ReceiverKind KindOf(NotifyReceiverKind kind) => kind switch
    {
        NotifyReceiverKind.WeCom => ReceiverKind.WeCom,
        NotifyReceiverKind.DingTalk => ReceiverKind.DingTalk,
        NotifyReceiverKind.Feishu => ReceiverKind.Feishu,
        _ => ReceiverKind.Webhook,
    };
}
