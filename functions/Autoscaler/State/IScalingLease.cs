namespace Functions.Autoscaler.State;

/// <summary>Makes concurrent invocations for one service act once: whoever holds the lease evaluates and applies.</summary>
internal interface IScalingLease
{
    /// <summary>What holds leases, for results and logs.</summary>
    string Kind { get; }

    /// <summary>Takes the lease for <paramref name="service"/>, or returns null when another invocation holds it.</summary>
    /// <param name="service">The service.</param>
    /// <param name="duration">How long it is held at most (a crashed holder frees it after this).</param>
    /// <param name="cancellationToken">Cancels taking it.</param>
    /// <returns>The held lease (dispose to release), or null.</returns>
    Task<IAsyncDisposable?> TryAcquireAsync(string service, TimeSpan duration, CancellationToken cancellationToken);
}
