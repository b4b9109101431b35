namespace Functions.Backup.Restore;

/// <summary>Restores one source's objects of a set into a target.</summary>
internal interface ISourceRestorer
{
    /// <summary>The source it restores (<c>postgres</c>, <c>redis</c>, <c>labelstudio</c>).</summary>
    string Source { get; }

    /// <summary>Restores.</summary>
    /// <param name="request">The set's objects for the source, the target and options.</param>
    /// <param name="reader">Opens the objects.</param>
    /// <param name="cancellationToken">Cancelled at the deadline.</param>
    /// <returns>What was restored.</returns>
    /// <exception cref="Pipeline.SourceFailedException">The restore could not be done (target refused, tool failed, data corrupt).</exception>
    Task<RestoreReport> RestoreAsync(RestoreRequest request, IObjectReader reader, CancellationToken cancellationToken);
}
