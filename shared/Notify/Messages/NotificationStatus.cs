namespace Functions.Notify;

/// <summary>What a notification reports.</summary>
public enum NotificationStatus
{
    /// <summary>Something is wrong now.</summary>
    Firing,

    /// <summary>Something that was wrong is fine again.</summary>
    Resolved,

    /// <summary>Neither: a deployment finished, a backup ran, a test message.</summary>
    Info,
}
