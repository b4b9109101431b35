using System.Text.Json.Serialization.Metadata;

namespace Functions.TencentCloud.Api;

/// <summary>One API action with its request and response shapes.</summary>
/// <typeparam name="TRequest">The request body type.</typeparam>
/// <typeparam name="TResponse">The type of the <c>Response</c> object.</typeparam>
/// <param name="Service">The service.</param>
/// <param name="Name">The action, sent as <c>X-TC-Action</c>.</param>
/// <param name="Request">Source-generated metadata of the request.</param>
/// <param name="Response">Source-generated metadata of the response.</param>
/// <param name="Idempotent">
/// True when repeating the call leaves the same state as doing it once (Describe*, Get*, setting an absolute traffic
/// split): such calls are also retried after a dropped answer, when the first attempt may have reached the service.
/// </param>
/// <param name="AttemptTimeout">Longest wait for one attempt (default: the client's).</param>
public sealed record ApiAction<TRequest, TResponse>(
    ApiService Service,
    string Name,
    JsonTypeInfo<TRequest> Request,
    JsonTypeInfo<TResponse> Response,
    bool Idempotent,
    TimeSpan? AttemptTimeout = null);
