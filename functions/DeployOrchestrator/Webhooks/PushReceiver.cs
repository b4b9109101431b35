using Functions.DeployOrchestrator.Results;
using Functions.DeployOrchestrator.Runs;

namespace Functions.DeployOrchestrator.Webhooks;

/// <summary>
/// Turns a TCR push into runs: each pushed image whose repository and tag a service's rules match starts (or queues)
/// that service's run, pinned by digest; any other push, and any other event type, is acknowledged with the reason it
/// was ignored, so TCR's trigger log shows why nothing happened.
/// </summary>
/// <param name="routing">The services' rules.</param>
/// <param name="starter">Starts runs.</param>
internal sealed class PushReceiver(DeployRouting routing, RunStarter starter)
{
    public async Task<WebhookResult> ReceiveAsync(byte[] body, CancellationToken cancellationToken)
    {
        var (type, pushes) = TcrPushParser.Parse(body);
        if (type != "pushImage")
        {
            return new WebhookResult(type, [new PushOutcome("", "ignored", $"event type '{type}' starts nothing (only pushImage does)", null)]);
        }

        var outcomes = new List<PushOutcome>();
        foreach (var push in pushes)
        {
            var route = routing.Config.Match(push.Repository, push.Tag);
            if (route.Service is not { } service)
            {
                outcomes.Add(new PushOutcome(push.PinnedImage, "ignored", route.Reason ?? "no service matches", null));
                continue;
            }

            var outcome = await starter.StartAsync(service.Name, push.PinnedImage, push.Digest, service.Steps, service.StepHash, cancellationToken);
            outcomes.Add(new PushOutcome(push.PinnedImage, outcome.Outcome, outcome.Message, outcome.RunId));
        }

        return new WebhookResult(type, outcomes);
    }
}
