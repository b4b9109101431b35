namespace Functions.Scf.Hosting;

/// <summary>How the bootstrap binary was started.</summary>
public enum HostMode
{
    /// <summary>SCF Custom Runtime: the runtime-API loop.</summary>
    CustomRuntime,

    /// <summary>Image function: an HTTP server answering <c>POST /event-invoke</c>.</summary>
    ImageFunction,

    /// <summary>One local invocation from a file or stdin.</summary>
    LocalInvoke,
}
