using Functions.Autoscaler.Commands;
using Functions.Autoscaler.Configuration;
using Functions.Autoscaler.Documents;
using Functions.Autoscaler.Runs;
using Functions.Autoscaler.Simulation;
using Functions.Scf.Events;
using Functions.Scf.Hosting;

namespace Functions.Autoscaler;

/// <summary>
/// Routes the Autoscaler's events: the minute timer evaluates and applies; <c>scale</c> comes from AlertHandler;
/// <c>set</c> pins a count; <c>status</c> reads; <c>evaluate</c> decides without applying (live, what-if or replay).
/// </summary>
internal sealed class AutoscalerHandler(
    AutoscalerSettings settings, ScalingService scaling, WhatIfEvaluator whatIf, StatusReader status, AutoscalerState state, TimeProvider time) : IFunctionHandler
{
    private static FunctionDefinition Function => AutoscalerFunction.Definition;

    private static AutoscalerJsonContext Json => AutoscalerJsonContext.Readable;

    public async Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context, CancellationToken cancellationToken) =>
        invocationEvent switch
        {
            TimerEvent => await TimerAsync(cancellationToken),
            CommandEvent { Name: "scale" } command =>
                Result(await scaling.EvaluateAsync(new EvaluationRequest("scale", settings.DryRun, ScaleArguments.Parse(command)), cancellationToken)),
            CommandEvent { Name: "set" } command => await SetAsync(command, cancellationToken),
            CommandEvent { Name: "status" } command =>
                InvocationResult.From(await status.ReadAsync((int)Math.Clamp(command.Arguments.OptionalInt64("recent") ?? 10, 1, 200), cancellationToken), Json.StatusResult),
            CommandEvent { Name: "evaluate" } command => await EvaluateAsync(command, cancellationToken),
            CommandEvent { Name: "simulate" } command => await SimulateCommand.RunAsync(command, settings.Policy, time, cancellationToken),
            CommandEvent command => throw Function.UnknownCommand(command),
            _ => throw Function.Unsupported(invocationEvent),
        };

    private static InvocationResult Result(EvaluationResult result) => InvocationResult.From(result, Json.EvaluationResult);

    private async Task<InvocationResult> TimerAsync(CancellationToken cancellationToken)
    {
        var result = await scaling.EvaluateAsync(new EvaluationRequest("timer", settings.DryRun), cancellationToken);
        await state.RequireStore("the timer").PruneAsync(time.GetUtcNow() - settings.History, cancellationToken);
        return Result(result);
    }

    private async Task<InvocationResult> SetAsync(CommandEvent command, CancellationToken cancellationToken)
    {
        var store = state.RequireStore("'set'");
        settings.RequireEnvId("'set'");
        var now = time.GetUtcNow();
        if (PinArguments.Parse(command, now, settings.Policy) is { } pin)
        {
            await store.SetPinAsync(settings.ServiceName, pin, now, cancellationToken);
        }
        else
        {
            await store.ClearPinAsync(settings.ServiceName, cancellationToken);
        }

        return Result(await scaling.EvaluateAsync(new EvaluationRequest("set", settings.DryRun), cancellationToken));
    }

    private async Task<InvocationResult> EvaluateAsync(CommandEvent command, CancellationToken cancellationToken)
    {
        var arguments = command.Arguments;
        if (arguments.OptionalObject("inputs") is { } inputs)
        {
            return Result(whatIf.Evaluate(inputs.Json));
        }

        if (arguments.OptionalInt64("decision") is { } decisionId)
        {
            return Result(await whatIf.ReplayAsync(decisionId, cancellationToken));
        }

        var dryRun = settings.DryRun || (arguments.OptionalBoolean("dryRun") ?? true);
        return Result(await scaling.EvaluateAsync(new EvaluationRequest("evaluate", dryRun), cancellationToken));
    }
}
