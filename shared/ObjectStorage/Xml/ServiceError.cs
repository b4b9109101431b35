namespace Functions.ObjectStorage.Xml;

/// <summary>An <c>&lt;Error&gt;</c> body.</summary>
/// <param name="Code">The error code.</param>
/// <param name="Message">The message.</param>
/// <param name="Resource">The resource named.</param>
/// <param name="RequestId">The request id.</param>
internal sealed record ServiceError(string Code, string? Message, string? Resource, string? RequestId);
