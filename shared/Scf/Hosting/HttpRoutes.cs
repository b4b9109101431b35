using Functions.Scf.Events;

namespace Functions.Scf.Hosting;

/// <summary>Standard HTTP answers for Function URL handlers.</summary>
public static class HttpRoutes
{
    /// <summary>405 with an <c>Allow</c> header.</summary>
    /// <param name="request">The request.</param>
    /// <param name="allowed">The allowed methods, comma-separated.</param>
    /// <returns>The result.</returns>
    public static InvocationResult MethodNotAllowed(HttpRequestEvent request, string allowed)
    {
        var error = HttpResponse.Error(405, "method_not_allowed", $"{request.Path} accepts {allowed}, not {request.Method}.");
        var headers = new Dictionary<string, string>(error.Headers, StringComparer.OrdinalIgnoreCase) { ["Allow"] = allowed };
        return InvocationResult.Http(error with { Headers = headers });
    }

    /// <summary>501 for an endpoint that is routed but not built yet; callers that retry (Cloud Monitor) will.</summary>
    /// <param name="function">The function.</param>
    /// <param name="what">What the endpoint is for.</param>
    /// <returns>The result.</returns>
    public static InvocationResult NotImplemented(FunctionDefinition function, string what) =>
        InvocationResult.Http(HttpResponse.Error(501, "not_implemented", $"{function.Name}: {what} are routed but not implemented yet."));
}
