using Functions.Autoscaler.Documents;

namespace Functions.Autoscaler.Runs;

/// <summary>The result of an evaluation (live, what-if or replay), as the function returns it.</summary>
internal sealed class EvaluationResult
{
    /// <summary>The service.</summary>
    public required string Service { get; init; }

    /// <summary>The decision; null when the evaluation was skipped.</summary>
    public DecisionDocument? Decision { get; init; }

    /// <summary>Whether the platform was changed.</summary>
    public bool Applied { get; init; }

    /// <summary>Shadow mode or a dry-run evaluation.</summary>
    public bool DryRun { get; init; }

    /// <summary>Why a decided change was not made (dry run, a release in progress).</summary>
    public string? NotApplied { get; init; }

    /// <summary>Why nothing was evaluated (another invocation holds the lease).</summary>
    public string? Skipped { get; init; }

    /// <summary>The audit row's id (give it to <c>evaluate</c> as <c>"decision"</c> to replay it).</summary>
    public long? DecisionId { get; init; }

    /// <summary>The complete inputs (what-if and replay), so the decision can be reproduced.</summary>
    public DecisionInputsDocument? Inputs { get; init; }

    /// <summary>For a replay: the decision as it was recorded.</summary>
    public DecisionDocument? Recorded { get; init; }

    /// <summary>For a replay: whether today's engine decides the same (count, conditions and reason).</summary>
    public bool? Reproduced { get; init; }
}
