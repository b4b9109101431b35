namespace Functions.DeployOrchestrator.Configuration;

/// <summary>A receiver with its URL and secret read from the environment.</summary>
/// <param name="Kind">The channel.</param>
/// <param name="Path">Where it is in the file.</param>
/// <param name="Url">Where to send.</param>
/// <param name="Secret">The signing secret or token, or null.</param>
internal sealed record ResolvedNotifyReceiver(NotifyReceiverKind Kind, string Path, Uri Url, string? Secret)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Path}"; // Never the URL or the secret: both are credentials.
}
