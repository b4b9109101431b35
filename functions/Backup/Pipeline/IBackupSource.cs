namespace Functions.Backup.Pipeline;

/// <summary>One thing to back up (PostgreSQL, Redis, Label Studio). Sources run in parallel; one failing does not stop the others.</summary>
internal interface IBackupSource
{
    /// <summary>The source's name, also its folder in the set: <c>postgres</c>, <c>redis</c>, <c>labelstudio</c>.</summary>
    string Name { get; }

    /// <summary>Backs the source up, writing one or more objects.</summary>
    /// <param name="writer">Where objects go.</param>
    /// <param name="cancellationToken">Cancelled at the invocation's deadline.</param>
    /// <returns>What was done, for the manifest and the result.</returns>
    /// <exception cref="SourceFailedException">The source could not be backed up; the message says why.</exception>
    Task<SourceReport> BackupAsync(ISourceWriter writer, CancellationToken cancellationToken);
}
