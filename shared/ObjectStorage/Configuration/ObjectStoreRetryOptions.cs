namespace Functions.ObjectStorage.Configuration;

/// <summary>Retries of each request (each part is retried on its own, from its buffer).</summary>
public sealed record ObjectStoreRetryOptions
{
    /// <summary>Retries after the first attempt (default 6).</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>The first backoff, doubled each retry, with jitter (default 200 ms).</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest backoff (default 10 s).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>One attempt's limit, up to the response headers (default 5 min: a large part on a slow link).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>All attempts of one request together (default 15 min).</summary>
    public TimeSpan TotalBudget { get; init; } = TimeSpan.FromMinutes(15);
}
