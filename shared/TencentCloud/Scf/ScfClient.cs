using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Functions.TencentCloud.Api;
using Functions.TencentCloud.Serialization;

namespace Functions.TencentCloud.Scf;

/// <summary>Invokes SCF functions: how one ops function asks another to act (AlertHandler → Autoscaler, chained deploy steps).</summary>
/// <param name="api">The API client.</param>
public sealed class ScfClient(TencentCloudApiClient api)
{
    // An invoke runs the function: never repeated once it may have arrived. A sync invoke may run up to 300 s.
    private static readonly ApiAction<InvokeRequest, InvokeResponse> Invoke =
        new(ApiService.Scf, "Invoke", TencentCloudJsonContext.Default.InvokeRequest, TencentCloudJsonContext.Default.InvokeResponse, Idempotent: false, AttemptTimeout: TimeSpan.FromSeconds(310));

    /// <summary>Invokes a function with an event.</summary>
    /// <typeparam name="TEvent">The event's type.</typeparam>
    /// <param name="target">Which function, and how.</param>
    /// <param name="payload">The event.</param>
    /// <param name="typeInfo">Its source-generated metadata.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result (for Event invokes only the request id is set).</returns>
    /// <exception cref="FunctionInvocationException">A synchronous invoke returned the function's error.</exception>
    public async Task<InvokeResult> InvokeAsync<TEvent>(InvokeTarget target, TEvent payload, JsonTypeInfo<TEvent> typeInfo, CancellationToken cancellationToken)
    {
        var request = new InvokeRequest
        {
            FunctionName = target.FunctionName,
            InvocationType = target.Async ? "Event" : "RequestResponse",
            Qualifier = target.Qualifier,
            Namespace = target.Namespace,
            ClientContext = JsonSerializer.Serialize(payload, typeInfo),
        };
        var response = await api.CallAsync(Invoke, request, cancellationToken);
        var result = response.Result ?? new InvokeResult();
        if (!target.Async && !string.IsNullOrEmpty(result.ErrMsg))
        {
            throw new FunctionInvocationException(target.FunctionName, result.ErrMsg, result.FunctionRequestId);
        }

        return result;
    }
}
