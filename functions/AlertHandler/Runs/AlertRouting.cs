using Functions.AlertHandler.Configuration;
using Functions.AlertHandler.Routing;
using Functions.Notify;

namespace Functions.AlertHandler.Runs;

/// <summary>The routing file, parsed and validated at start, with its receivers' channels resolved from their variables.</summary>
/// <param name="config">The routing file.</param>
/// <param name="receivers">Each receiver's channels, with URLs and secrets read from the environment.</param>
internal sealed class AlertRouting(AlertConfig config, IReadOnlyDictionary<string, ResolvedReceiver> receivers)
{
    private readonly Dictionary<string, Route> _routes = config.Route.Descendants().ToDictionary(r => r.Id, StringComparer.Ordinal);

    public AlertConfig Config { get; } = config;

    public AlertRouter Router { get; } = config.Router();

    public Inhibitor Inhibitor { get; } = config.Inhibitor();

    /// <summary>A route by its id, or null when the file no longer has it (groups outlive edits of the file).</summary>
    public Route? RouteById(string id) => _routes.GetValueOrDefault(id);

    /// <summary>The receiver's channels as the notifier takes them, named receiver/channel for logs, buckets and the log.</summary>
    public IReadOnlyList<ReceiverSettings> Channels(string receiver) =>
        receivers.TryGetValue(receiver, out var resolved)
            ? resolved.Channels.Select(c => new ReceiverSettings($"{receiver}/{c.Path}", KindOf(c.Kind), c.Url, c.Secret, c.SendResolved, c.Mentions)).ToArray()
            : [];

    /// <summary>Whether any channel of the receiver wants resolved notifications.</summary>
    public bool SendsResolved(string receiver) => receivers.TryGetValue(receiver, out var resolved) && resolved.Channels.Any(c => c.SendResolved);

    /// <summary>Reads the routing file from the variables, or explains what is wrong naming the variable.</summary>
    /// <param name="settings">Where the file is.</param>
    /// <param name="environment">Reads the channels' URL and secret variables.</param>
    /// <returns>The routing.</returns>
    /// <exception cref="AlertConfigException">The file is missing or invalid.</exception>
    public static AlertRouting Load(AlertHandlerSettings settings, Func<string, string?> environment)
    {
        AlertConfig config;
        if (settings.ConfigJson is { } json)
        {
            config = AlertConfigParser.Parse(json);
        }
        else if (settings.ConfigFile is { } path)
        {
            config = ReadFile(path);
        }
        else
        {
            throw new AlertConfigException([$"{AlertHandlerVariables.ConfigFile} (or {AlertHandlerVariables.ConfigJson}) is not set: callbacks need routes and receivers (see samples/config/alerthandler.json)"]);
        }

        return new AlertRouting(config, ReceiverResolver.ResolveAll(config, environment));
    }

    private static AlertConfig ReadFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return AlertConfigParser.Parse(stream);
        }
        catch (IOException e)
        {
            throw new AlertConfigException([$"cannot read {path}: {e.Message}"]);
        }
    }

    private static ReceiverKind KindOf(ChannelKind kind) => kind switch
    {
        ChannelKind.WeCom => ReceiverKind.WeCom,
        ChannelKind.DingTalk => ReceiverKind.DingTalk,
        ChannelKind.Feishu => ReceiverKind.Feishu,
        _ => ReceiverKind.Webhook,
    };
}
