namespace Functions.Backup.Pipeline;

/// <summary>A source could not be backed up or restored; the message says why (a tool's stderr, a refused command, …).</summary>
/// <param name="source">The source's name.</param>
/// <param name="message">What went wrong.</param>
/// <param name="innerException">The cause.</param>
internal sealed class SourceFailedException(string source, string message, Exception? innerException = null)
    : Exception($"{source}: {message}", innerException)
{
    /// <summary>What the source stored before it failed, so the manifest can still list (and verify) it.</summary>
    public SourceReport? Partial { get; init; }

    /// <summary>The source's name.</summary>
    public string SourceName { get; } = source;
}
