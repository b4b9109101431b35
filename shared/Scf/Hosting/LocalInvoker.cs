using Functions.Scf.Serialization;

namespace Functions.Scf.Hosting;

/// <summary>
/// The local transport: one invocation from a file or stdin. The result goes to stdout alone (so it can be
/// piped), the error JSON and all log lines to stderr.
/// </summary>
public static class LocalInvoker
{
    /// <summary>Runs one invocation.</summary>
    /// <param name="application">The built application.</param>
    /// <param name="eventJson">The event.</param>
    /// <param name="request">The invocation's id and limits.</param>
    /// <param name="stdout">Where the result goes.</param>
    /// <param name="stderr">Where the error goes.</param>
    /// <param name="shutdown">Cancelled by SIGTERM/SIGINT.</param>
    /// <returns>0 on success, 1 on a handler error.</returns>
    public static async Task<int> RunAsync(
        FunctionApplication application, byte[] eventJson, InvocationRequest request, Stream stdout, TextWriter stderr, CancellationToken shutdown)
    {
        var outcome = await application.CreateRunner(HostMode.LocalInvoke).InvokeAsync(eventJson, request, shutdown);
        if (outcome.Error is { } error)
        {
            await stderr.WriteLineAsync(ScfJson.Serialize(error, ScfJson.Context.InvocationError));
            await stderr.FlushAsync(CancellationToken.None);
            return ExitCodes.HandlerError;
        }

        await stdout.WriteAsync(outcome.Result!.Utf8Json, CancellationToken.None);
        await stdout.WriteAsync("\n"u8.ToArray(), CancellationToken.None);
        await stdout.FlushAsync(CancellationToken.None);
        return ExitCodes.Success;
    }

    /// <summary>Reads the event from a file, or stdin for "-".</summary>
    /// <param name="path">The path or "-".</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="UsageException">The file cannot be read.</exception>
    public static async Task<byte[]> ReadEventAsync(string path, Stream stdin, CancellationToken cancellationToken)
    {
        if (path == "-")
        {
            using var buffer = new MemoryStream();
            await stdin.CopyToAsync(buffer, cancellationToken);
            return buffer.ToArray();
        }

        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--event: cannot read '{path}': {e.Message}");
        }
    }
}
