namespace Functions.TestSupport.CloudApi;

/// <summary>A recorded SCF invoke.</summary>
/// <param name="FunctionName">The function.</param>
/// <param name="Async">Whether it was an Event invoke.</param>
/// <param name="Qualifier">Its qualifier.</param>
/// <param name="Namespace">Its namespace.</param>
/// <param name="Event">The event JSON (ClientContext).</param>
/// <param name="RequestId">The execution's request id.</param>
public sealed record ScfInvocation(string FunctionName, bool Async, string? Qualifier, string? Namespace, string Event, string RequestId);
