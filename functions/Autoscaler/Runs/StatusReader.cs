using Functions.Autoscaler.Apply;
using Functions.Autoscaler.Configuration;
using Functions.Autoscaler.Documents;
using Functions.Autoscaler.Policy;
using Functions.Autoscaler.State;

namespace Functions.Autoscaler.Runs;

/// <summary>Builds <c>status</c>: reads only, changes nothing.</summary>
/// <param name="settings">The settings.</param>
/// <param name="scaler">The platform.</param>
/// <param name="state">The audit.</param>
/// <param name="time">The clock.</param>
internal sealed class StatusReader(AutoscalerSettings settings, ICloudRunScaler scaler, AutoscalerState state, TimeProvider time)
{
    public async Task<StatusResult> ReadAsync(int recent, CancellationToken cancellationToken)
    {
        var envId = settings.RequireEnvId("'status'");
        var store = state.RequireStore("'status'");
        var service = settings.ServiceName;
        var scale = await scaler.ReadAsync(envId, service, cancellationToken);
        var now = time.GetUtcNow();
        var policy = settings.Policy;
        var history = await store.LoadHistoryAsync(service, now, DecisionHistory.Horizon(policy), cancellationToken);
        var lastAlarm = history.Events.Where(e => e.Trigger == ScaleTrigger.Alarm).Select(e => (DateTimeOffset?)e.At).Max();
        var alarmLeft = lastAlarm is { } at && at + policy.Alarm.Cooldown > now ? at + policy.Alarm.Cooldown - now : TimeSpan.Zero;
        return new StatusResult
        {
            Service = service,
            EnvId = envId,
            Platform = scale,
            Current = scale.Current,
            DryRun = settings.DryRun,
            Policy = PolicyMapper.ToDocument(policy),
            Pin = history.Pin is { } pin && pin.Until > now ? new PinDocument { Instances = pin.Instances, Until = pin.Until, Reason = pin.Reason } : null,
            ScaleUpCooldownSeconds = Seconds(ScalingEngine.CooldownLeft(history.Events, now, ScaleDirection.Up, policy)),
            ScaleDownCooldownSeconds = Seconds(ScalingEngine.CooldownLeft(history.Events, now, ScaleDirection.Down, policy)),
            AlarmCooldownSeconds = Seconds(alarmLeft),
            Recent = await store.RecentAsync(service, recent, cancellationToken),
        };
    }

    private static int Seconds(TimeSpan span) => (int)Math.Ceiling(span.TotalSeconds);
}
