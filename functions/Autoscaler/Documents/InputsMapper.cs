using Functions.Autoscaler.Policy;
using Functions.Scf.Errors;

namespace Functions.Autoscaler.Documents;

/// <summary>Between <see cref="DecisionInputs"/> and the what-if form; every bad field is an error that names it.</summary>
internal static class InputsMapper
{
    /// <summary>The inputs a document describes.</summary>
    /// <param name="document">The what-if form.</param>
    /// <param name="basePolicy">The policy its <c>policy</c> overrides.</param>
    /// <param name="now">The time when the document gives none.</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="InvalidArgumentsException">A field is missing or out of range.</exception>
    public static DecisionInputs ToInputs(DecisionInputsDocument document, ScalingPolicy basePolicy, DateTimeOffset now)
    {
        var policy = PolicyMapper.Merge(basePolicy, document.Policy);
        if (policy.Problems() is { Count: > 0 } problems)
        {
            throw new InvalidArgumentsException($"policy: {string.Join("; ", problems)}");
        }

        return new DecisionInputs(
            document.Now ?? now,
            NotNegative(document.CurrentInstances ?? throw new InvalidArgumentsException("currentInstances is required"), "currentInstances"),
            (document.Metrics ?? []).Select((m, i) => new MetricReading(Required(m.Name, $"metrics[{i}].name"), m.Value, m.Value is null ? m.Problem ?? "not given" : m.Problem)).ToArray(),
            policy,
            (document.Recommendations ?? []).Select((r, i) => new Recommendation(
                r.At ?? throw Missing($"recommendations[{i}].at"), NotNegative(r.Instances ?? throw Missing($"recommendations[{i}].instances"), $"recommendations[{i}].instances"))).ToArray(),
            (document.Events ?? []).Select((e, i) => new ScaleEvent(
                e.At ?? throw Missing($"events[{i}].at"),
                NotNegative(e.From ?? throw Missing($"events[{i}].from"), $"events[{i}].from"),
                NotNegative(e.To ?? throw Missing($"events[{i}].to"), $"events[{i}].to"),
                e.Trigger ?? ScaleTrigger.Metrics)).ToArray(),
            document.Pin is { } pin
                ? new Pin(NotNegative(pin.Instances ?? throw Missing("pin.instances"), "pin.instances"), pin.Until ?? throw Missing("pin.until"), pin.Reason)
                : null,
            document.Alarm is { } alarm
                ? new AlarmRequest(Required(alarm.AlarmId, "alarm.alarmId"), alarm.Direction ?? ScaleDirection.Up, alarm.Reason)
                : null,
            document.TakenAlarmIds ?? []);
    }

    /// <summary>The what-if form of the inputs, complete, so the decision can be reproduced from it alone.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The document.</returns>
    public static DecisionInputsDocument ToDocument(DecisionInputs inputs) => new()
    {
        Now = inputs.Now,
        CurrentInstances = inputs.CurrentInstances,
        Metrics = inputs.Metrics.Select(m => new MetricReadingDocument { Name = m.Name, Value = m.Value, Problem = m.Problem }).ToList(),
        Policy = PolicyMapper.ToDocument(inputs.Policy),
        Recommendations = inputs.Recommendations.Select(r => new RecommendationDocument { At = r.At, Instances = r.Instances }).ToList(),
        Events = inputs.Events.Select(e => new ScaleEventDocument { At = e.At, From = e.From, To = e.To, Trigger = e.Trigger }).ToList(),
        Pin = inputs.Pin is { } pin ? new PinDocument { Instances = pin.Instances, Until = pin.Until, Reason = pin.Reason } : null,
        Alarm = inputs.Alarm is { } alarm ? new AlarmDocument { AlarmId = alarm.AlarmId, Direction = alarm.Direction, Reason = alarm.Reason } : null,
        TakenAlarmIds = inputs.TakenAlarmIds?.ToList(),
    };

    private static InvalidArgumentsException Missing(string field) => new($"{field} is required");

    private static int NotNegative(int value, string field) =>
        value >= 0 ? value : throw new InvalidArgumentsException($"{field} must be 0 or more, not {value}");

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Missing(field) : value;
}
