using Functions.Autoscaler.Apply;
using Functions.Autoscaler.Configuration;
using Functions.Autoscaler.Documents;
using Functions.Autoscaler.Metrics;
using Functions.Autoscaler.Metrics.Configuration;
using Functions.Autoscaler.Policy;
using Functions.Autoscaler.State;
using Functions.Scf.Errors;
using Functions.TencentCloud.Api;
using Microsoft.Extensions.Logging;

namespace Functions.Autoscaler.Runs;

/// <summary>
/// One live evaluation: take the lease, read the service and its metrics, load the history, decide, apply, record
/// and log one line. A failure to read the service changes nothing; a failure to apply is recorded and reported.
/// </summary>
internal sealed partial class ScalingService(
    AutoscalerSettings settings,
    ICloudRunScaler scaler,
    IMetricsSource metrics,
    MetricsSettings metricsSettings,
    AutoscalerState state,
    TimeProvider time,
    ILogger<ScalingService> logger)
{
    /// <summary>Longer than any evaluation; a crashed holder frees the lease after it.</summary>
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);

    public async Task<EvaluationResult> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken)
    {
        var envId = settings.RequireEnvId($"'{request.Source}'");
        var store = state.RequireStore($"'{request.Source}'");
        var service = settings.ServiceName;
        await using var lease = await state.Lease.TryAcquireAsync(service, LeaseDuration, cancellationToken);
        if (lease is null)
        {
            LogSkipped(service, state.Lease.Kind);
            return new EvaluationResult { Service = service, DryRun = request.DryRun, Skipped = $"another invocation holds the {state.Lease.Kind} lease for {service}; it decides this round" };
        }

        var scale = await ReadServiceAsync(envId, service, cancellationToken);
        var now = time.GetUtcNow();
        var history = await store.LoadHistoryAsync(service, now, DecisionHistory.Horizon(settings.Policy), cancellationToken);
        var readings = await ReadMetricsAsync(metricsSettings.Query(envId, service, settings.Policy.Targets, scale.Current, now), cancellationToken);
        var inputs = new DecisionInputs(now, scale.Current, readings, settings.Policy, history.Recommendations, history.Events, history.Pin, request.Alarm, history.TakenAlarmIds);
        var decision = ScalingEngine.Decide(inputs);

        var (applied, notApplied, error) = await ApplyAsync(envId, service, scale, decision, request.DryRun, cancellationToken);
        var id = await store.RecordAsync(service, inputs, decision, applied, request.DryRun, error, cancellationToken);
        LogDecision(id, service, request.Source, decision.Current, decision.Desired, applied, decision.Conditions.Count == 0 ? "none" : string.Join(",", decision.Conditions), decision.Reason);
        if (error is not null)
        {
            throw new FunctionException("ScaleFailed", $"decision {id} ({decision.Reason}) could not be applied: {error}");
        }

        return new EvaluationResult
        {
            Service = service, Decision = DecisionDocument.Of(decision), Applied = applied, DryRun = request.DryRun, NotApplied = notApplied, DecisionId = id,
        };
    }

    private async Task<(bool Applied, string? NotApplied, string? Error)> ApplyAsync(
        string envId, string service, ServiceScale scale, ScalingDecision decision, bool dryRun, CancellationToken cancellationToken)
    {
        // Pinning the platform at the current count is needed too: until it is pinned, its own scaler may move it.
        if (scale.IsPinnedAt(decision.Desired))
        {
            return (false, null, null);
        }

        if (dryRun)
        {
            return (false, $"dry run: would pin {service} at {decision.Desired}", null);
        }

        if (scale.Deploying)
        {
            return (false, "a release is in progress; the change waits for the next evaluation", null);
        }

        try
        {
            await scaler.ApplyAsync(envId, service, decision.Desired, cancellationToken);
            return (true, null, null);
        }
        catch (Exception e) when (e is TencentCloudApiException or HttpRequestException or TimeoutException)
        {
            return (false, null, e.Message);
        }
    }

    private async Task<ServiceScale> ReadServiceAsync(string envId, string service, CancellationToken cancellationToken)
    {
        try
        {
            return await scaler.ReadAsync(envId, service, cancellationToken);
        }
        catch (Exception e) when (e is TencentCloudApiException or HttpRequestException or TimeoutException)
        {
            throw new FunctionException("ServiceUnavailable", $"could not read {service} in {envId} from CloudBase Run, so nothing was decided or changed: {e.Message}", e);
        }
    }

    private async Task<IReadOnlyList<MetricReading>> ReadMetricsAsync(MetricsQuery query, CancellationToken cancellationToken)
    {
        try
        {
            return await metrics.ReadAsync(query, cancellationToken);
        }
        catch (MetricsSourceException e)
        {
            // With no metric the engine holds the count: an outage of the metrics must never shrink the service.
            return query.Targets.Select(t => MetricReading.Missing(t.Name, e.Message)).ToArray();
        }
    }

    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Decision {DecisionId} for {Service} ({Source}): {Current} → {Desired}, applied {Applied}, conditions {Conditions}: {Reason}")]
    private partial void LogDecision(long decisionId, string service, string source, int current, int desired, bool applied, string conditions, string reason);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Skipped {Service}: another invocation holds the {LeaseKind} lease")]
    private partial void LogSkipped(string service, string leaseKind);
}
