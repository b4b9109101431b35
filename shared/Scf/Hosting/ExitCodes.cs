namespace Functions.Scf.Hosting;

/// <summary>The process exit codes of <c>bootstrap</c>.</summary>
public static class ExitCodes
{
    /// <summary>Success, or a clean shutdown.</summary>
    public const int Success = 0;

    /// <summary>The handler reported an error (invoke), or the runtime API was lost (custom runtime).</summary>
    public const int HandlerError = 1;

    /// <summary>Bad command line or invalid configuration.</summary>
    public const int UsageOrConfiguration = 2;
}
