namespace Functions.DeployOrchestrator.Domain;

/// <summary>
/// An HTTP probe of the new version (Argo's Web provider shape): GET <paramref name="Url"/> (with <c>{version}</c>
/// replaced by the new version's name), expect <paramref name="ExpectStatus"/> and, when set, the JSON field
/// <paramref name="JsonField"/> (dotted path) to equal <paramref name="ExpectValue"/>; pass after
/// <paramref name="ConsecutiveSuccesses"/> in a row, fail after <paramref name="FailureLimit"/> failures or when
/// <paramref name="Deadline"/> passes without passing.
/// </summary>
/// <param name="Name">For people (e.g. "api /health").</param>
/// <param name="Url">The URL template.</param>
/// <param name="ExpectStatus">The status that counts as healthy.</param>
/// <param name="JsonField">A dotted path into the JSON body, or null.</param>
/// <param name="ExpectValue">The value it must have (compared as text), or null.</param>
/// <param name="ConsecutiveSuccesses">Passes in a row needed.</param>
/// <param name="FailureLimit">Failures tolerated before the check fails (Argo's failureLimit: 0 tolerates none).</param>
/// <param name="Interval">Time between probes.</param>
/// <param name="Timeout">Per-probe timeout.</param>
/// <param name="Deadline">The most the check may take.</param>
internal sealed record HealthCheck(
    string Name,
    string Url,
    int ExpectStatus,
    string? JsonField,
    string? ExpectValue,
    int ConsecutiveSuccesses,
    int FailureLimit,
    TimeSpan Interval,
    TimeSpan Timeout,
    TimeSpan Deadline);
