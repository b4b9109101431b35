namespace Functions.TestSupport.CloudApi;

/// <summary>An API error the emulator answers with (HTTP 200, <c>Response.Error</c>), as the real service does.</summary>
/// <param name="Code">The error code.</param>
/// <param name="Message">The message.</param>
public sealed class ApiErrorException(string Code, string Message) : Exception(Message)
{
    public string Code { get; } = Code;
}
