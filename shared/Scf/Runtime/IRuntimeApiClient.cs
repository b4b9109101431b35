using Functions.Scf.Hosting;

namespace Functions.Scf.Runtime;

/// <summary>The SCF Custom Runtime API (the seam tests replace with an emulator on loopback).</summary>
public interface IRuntimeApiClient
{
    /// <summary>POST <c>/runtime/init/ready</c>: initialisation is complete.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the platform has accepted it.</returns>
    Task ReadyAsync(CancellationToken cancellationToken);

    /// <summary>GET <c>/runtime/invocation/next</c>: long-polls for the next event.</summary>
    /// <param name="cancellationToken">Cancelled on shutdown.</param>
    /// <returns>The event and its headers.</returns>
    Task<RuntimeInvocation> NextAsync(CancellationToken cancellationToken);

    /// <summary>POST <c>/runtime/invocation/response</c>: the invocation's result.</summary>
    /// <param name="utf8Json">The result JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when posted.</returns>
    Task PostResponseAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken);

    /// <summary>POST <c>/runtime/invocation/error</c>: the invocation failed.</summary>
    /// <param name="invocationError">The error.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when posted.</returns>
    Task PostErrorAsync(InvocationError invocationError, CancellationToken cancellationToken);
}
