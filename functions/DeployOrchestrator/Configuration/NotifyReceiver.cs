namespace Functions.DeployOrchestrator.Configuration;

/// <summary>A receiver as configured: the names of the variables holding its URL and secret, never their values.</summary>
/// <param name="Kind">The channel.</param>
/// <param name="Path">Where it is in the file (<c>notify.receivers[1]</c>), for messages.</param>
/// <param name="UrlEnv">The variable holding its URL.</param>
/// <param name="SecretEnv">The variable holding its secret, or null.</param>
internal sealed record NotifyReceiver(NotifyReceiverKind Kind, string Path, string UrlEnv, string? SecretEnv);
