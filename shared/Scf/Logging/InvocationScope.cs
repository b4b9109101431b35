using System.Collections;

namespace Functions.Scf.Logging;

/// <summary>The log scope of one invocation: every line written inside it carries the request id and function.</summary>
/// <param name="RequestId">The request id.</param>
/// <param name="Function">The function's name.</param>
public sealed record InvocationScope(string RequestId, string Function) : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <inheritdoc />
    public int Count => 2;

    /// <inheritdoc />
    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("RequestId", RequestId),
        1 => new("Function", Function),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
        yield return this[1];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"RequestId:{RequestId} Function:{Function}";
}
