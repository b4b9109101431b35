using Functions.Scf.Events;
using Functions.Scf.Hosting;

namespace Functions.TestSupport;

/// <summary>A handler whose behaviour each test supplies, recording what it was given.</summary>
/// <param name="behaviour">What to do with each event.</param>
public sealed class DelegateHandler(Func<InvocationEvent, InvocationContext, CancellationToken, Task<InvocationResult>> behaviour) : IFunctionHandler
{
    private readonly List<(InvocationEvent Event, InvocationContext Context)> _calls = [];

    /// <summary>The events handled, in order.</summary>
    public IReadOnlyList<(InvocationEvent Event, InvocationContext Context)> Calls
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToArray();
            }
        }
    }

    /// <inheritdoc />
    public Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context, CancellationToken cancellationToken)
    {
        lock (_calls)
        {
            _calls.Add((invocationEvent, context));
        }

        return behaviour(invocationEvent, context, cancellationToken);
    }
}
