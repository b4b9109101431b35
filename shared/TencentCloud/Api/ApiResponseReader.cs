using System.Net;
using System.Text.Json;

namespace Functions.TencentCloud.Api;

/// <summary>Reads <c>{"Response":{…}}</c>: the typed response, or the error it carries.</summary>
internal static class ApiResponseReader
{
    public static (TResponse Response, string? RequestId) Read<TRequest, TResponse>(ApiAction<TRequest, TResponse> action, HttpStatusCode status, byte[] body)
    {
        var service = action.Service.Name;
        if (status != HttpStatusCode.OK)
        {
            throw new TencentCloudApiException(service, action.Name, ApiErrorCodes.ServerNetworkError, $"HTTP {(int)status} instead of an API response")
            {
                Failure = (int)status >= 500 ? TransportFailure.GatewayError : TransportFailure.None,
            };
        }

        JsonElement response;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("Response", out response) || response.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(action, "no Response object");
            }

            response = response.Clone();
        }
        catch (JsonException e)
        {
            throw Invalid(action, $"not JSON ({e.Message})");
        }

        var requestId = response.TryGetProperty("RequestId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        if (response.TryGetProperty("Error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            var code = error.TryGetProperty("Code", out var c) ? c.GetString() ?? "" : "";
            var message = error.TryGetProperty("Message", out var m) ? m.GetString() ?? "" : "";
            throw new TencentCloudApiException(service, action.Name, code, message, requestId);
        }

        try
        {
            return (response.Deserialize(action.Response) ?? throw Invalid(action, "an empty Response"), requestId);
        }
        catch (JsonException e)
        {
            throw Invalid(action, $"a Response that does not match {typeof(TResponse).Name} ({e.Message})");
        }
    }

    private static TencentCloudApiException Invalid<TRequest, TResponse>(ApiAction<TRequest, TResponse> action, string what) =>
        new(action.Service.Name, action.Name, ApiErrorCodes.InvalidResponse, $"the service answered with {what}");
}
