namespace Functions.Notify;

/// <summary>How the <see cref="Notifier"/> behaves.</summary>
public sealed record NotifyOptions
{
    /// <summary>After this long a claim left <c>sending</c> (an instance that died mid-send) may be claimed again. Default 2 minutes.</summary>
    public TimeSpan ClaimTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The time one HTTP request may take. Default 10 seconds.</summary>
    public TimeSpan RequestTimeout { get; init; } = NotificationSender.DefaultTimeout;
}
