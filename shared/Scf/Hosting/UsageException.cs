namespace Functions.Scf.Hosting;

/// <summary>The command line is wrong (exit code 2).</summary>
/// <param name="message">What was wrong.</param>
public sealed class UsageException(string message) : Exception(message);
