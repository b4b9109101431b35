namespace Functions.Scf.Hosting;

/// <summary>The process's standard streams (replaced in tests).</summary>
/// <param name="Stdin">Standard input.</param>
/// <param name="Stdout">Standard output as bytes (results).</param>
/// <param name="Out">Standard output as text (help, log lines in the server modes).</param>
/// <param name="Error">Standard error (errors; log lines in invoke mode).</param>
public sealed record HostConsole(Stream Stdin, Stream Stdout, TextWriter Out, TextWriter Error)
{
    /// <summary>The real console.</summary>
    /// <returns>The process's streams.</returns>
    public static HostConsole System() =>
        new(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Out, Console.Error);
}
