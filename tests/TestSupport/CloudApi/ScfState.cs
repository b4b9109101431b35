namespace Functions.TestSupport.CloudApi;

/// <summary>The emulator's SCF: functions that exist, what they answer, and every invocation.</summary>
public sealed class ScfState
{
    private readonly Dictionary<string, Func<string, (string? Result, string? Error)>> _functions = new(StringComparer.Ordinal);
    private readonly List<ScfInvocation> _invocations = [];

    /// <summary>Invocations, in order.</summary>
    public IReadOnlyList<ScfInvocation> Invocations
    {
        get
        {
            lock (_invocations)
            {
                return _invocations.ToArray();
            }
        }
    }

    /// <summary>Declares a function and how it answers synchronous invokes.</summary>
    /// <param name="name">The function.</param>
    /// <param name="behaviour">From the event JSON to its return value or error (null: it echoes the event).</param>
    public void AddFunction(string name, Func<string, (string? Result, string? Error)>? behaviour = null)
    {
        lock (_functions)
        {
            _functions[name] = behaviour ?? (e => (e, null));
        }
    }

    internal (string? Result, string? Error) Invoke(ScfInvocation invocation)
    {
        Func<string, (string? Result, string? Error)>? behaviour;
        lock (_functions)
        {
            if (!_functions.TryGetValue(invocation.FunctionName, out behaviour))
            {
                throw new ApiErrorException("ResourceNotFound.Function", $"The function {invocation.FunctionName} does not exist.");
            }
        }

        lock (_invocations)
        {
            _invocations.Add(invocation);
        }

        return invocation.Async ? (null, null) : behaviour(invocation.Event);
    }
}
