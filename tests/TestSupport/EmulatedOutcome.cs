using System.Text;
using System.Text.Json;

namespace Functions.TestSupport;

/// <summary>What the function posted for one invocation.</summary>
/// <param name="RequestId">The invocation's request id.</param>
/// <param name="IsError">True when posted to <c>/runtime/invocation/error</c>.</param>
/// <param name="Body">The posted body.</param>
/// <param name="ContentType">The posted content type.</param>
public sealed record EmulatedOutcome(string RequestId, bool IsError, byte[] Body, string? ContentType)
{
    /// <summary>The body as text.</summary>
    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>The body parsed as JSON.</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>The <c>errorType</c> of an error outcome.</summary>
    public string? ErrorType => IsError ? Json.GetProperty("errorType").GetString() : null;
}
