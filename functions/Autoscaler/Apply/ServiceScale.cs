namespace Functions.Autoscaler.Apply;

/// <summary>The service's size as the platform reports it.</summary>
/// <param name="MinInstances">The platform scaler's lower bound.</param>
/// <param name="MaxInstances">Its upper bound.</param>
/// <param name="Running">Instances running now.</param>
/// <param name="Status">running, deploying or deploy_failed.</param>
internal sealed record ServiceScale(int MinInstances, int MaxInstances, int Running, string? Status)
{
    /// <summary>
    /// The count decisions start from: the pinned count when the platform's bounds are pinned together (ours, or
    /// set by hand), since instances may still be starting or stopping; otherwise what is running.
    /// </summary>
    public int Current => MinInstances == MaxInstances ? MinInstances : Running;

    /// <summary>Whether a release is in progress (a deploy must not be raced by a configuration change).</summary>
    public bool Deploying => string.Equals(Status, "deploying", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the platform already runs exactly <paramref name="instances"/>, pinned.</summary>
    /// <param name="instances">The count.</param>
    /// <returns>True when nothing needs changing.</returns>
    public bool IsPinnedAt(int instances) => MinInstances == instances && MaxInstances == instances;
}
