using System.Text.Json;
using Functions.Autoscaler.Configuration;
using Functions.Autoscaler.Documents;
using Functions.Autoscaler.Policy;
using Functions.Scf.Errors;

namespace Functions.Autoscaler.Runs;

/// <summary>
/// Decisions without touching the service: the what-if form (every input in the event) and the replay of a recorded
/// decision from its stored inputs.
/// </summary>
/// <param name="settings">The configured policy, which a what-if's <c>policy</c> overrides.</param>
/// <param name="state">The audit, for replays.</param>
/// <param name="time">The clock, for a what-if without <c>now</c>.</param>
internal sealed class WhatIfEvaluator(AutoscalerSettings settings, AutoscalerState state, TimeProvider time)
{
    public EvaluationResult Evaluate(JsonElement inputsJson)
    {
        DecisionInputsDocument document;
        try
        {
            document = inputsJson.Deserialize(AutoscalerJsonContext.Default.DecisionInputsDocument)
                ?? throw new InvalidArgumentsException("command 'evaluate' field 'inputs' must be an object");
        }
        catch (JsonException e)
        {
            throw new InvalidArgumentsException($"command 'evaluate' field 'inputs' {e.Message}");
        }

        var inputs = InputsMapper.ToInputs(document, settings.Policy, time.GetUtcNow());
        var decision = ScalingEngine.Decide(inputs);
        return new EvaluationResult { Service = settings.ServiceName, Decision = DecisionDocument.Of(decision), DryRun = true, Inputs = InputsMapper.ToDocument(inputs) };
    }

    public async Task<EvaluationResult> ReplayAsync(long decisionId, CancellationToken cancellationToken)
    {
        var recorded = await state.RequireStore("replaying a decision").GetAsync(decisionId, cancellationToken)
            ?? throw new InvalidArgumentsException($"command 'evaluate': there is no recorded decision {decisionId}");
        var inputs = InputsMapper.ToInputs(recorded.Inputs, ScalingPolicy.Default, recorded.Decision.At);
        var decision = DecisionDocument.Of(ScalingEngine.Decide(inputs));
        var reproduced = decision.Desired == recorded.Decision.Desired
            && decision.Reason == recorded.Decision.Reason
            && decision.Conditions.SequenceEqual(recorded.Decision.Conditions);
        return new EvaluationResult
        {
            Service = settings.ServiceName, Decision = decision, DryRun = true, DecisionId = decisionId, Inputs = recorded.Inputs, Recorded = recorded.Decision, Reproduced = reproduced,
        };
    }
}
