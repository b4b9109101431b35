namespace Functions.Autoscaler.Simulation.Model;

/// <summary>One evaluation: what the service looked like, what the policy saw and what it decided.</summary>
/// <param name="At">The evaluation's time.</param>
/// <param name="Load">Requests per second offered.</param>
/// <param name="Running">Instances running before the decision.</param>
/// <param name="Ready">Instances serving before the decision.</param>
/// <param name="ReadyCapacity">Requests per second the ready instances can serve.</param>
/// <param name="Cpu">CPU as reported (averaged over running instances).</param>
/// <param name="Memory">Memory as reported.</param>
/// <param name="Recommended">The raw recommendation, or null when there was none.</param>
/// <param name="Desired">The count decided.</param>
/// <param name="Conditions">The steps that shaped the decision.</param>
/// <param name="Reason">The decision's sentence.</param>
internal sealed record TickRecord(
    DateTimeOffset At,
    double Load,
    int Running,
    int Ready,
    double ReadyCapacity,
    double Cpu,
    double Memory,
    int? Recommended,
    int Desired,
    IReadOnlyList<string> Conditions,
    string Reason);
