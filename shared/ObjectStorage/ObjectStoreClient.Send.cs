using System.Globalization;
using System.Net;
using Functions.ObjectStorage.Http;
using Functions.ObjectStorage.Xml;
using Polly;
using Polly.Timeout;

namespace Functions.ObjectStorage;

public sealed partial class ObjectStoreClient
{
    /// <summary>Sends a request through the retry pipeline and reads the answer inside the attempt.</summary>
    private Task<T> SendAsync<T>(ObjectRequest request, Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken cancellationToken) =>
        ExecuteAsync(_pipeline, request, read, keepResponse: false, cancellationToken);

    /// <summary>Sends a request through the retry pipeline and returns the open response (for streamed bodies).</summary>
    private Task<HttpResponseMessage> OpenAsync(ObjectRequest request, CancellationToken cancellationToken) =>
        ExecuteAsync(_pipeline, request, static (r, _) => Task.FromResult(r), keepResponse: true, cancellationToken);

    private async Task<T> ExecuteAsync<T>(
        ResiliencePipeline pipeline,
        ObjectRequest request, Func<HttpResponseMessage, CancellationToken, Task<T>> read, bool keepResponse, CancellationToken cancellationToken)
    {
        // Computed once: a retried part is re-sent from the same buffer with the same digest, signed anew.
        KeyValuePair<string, string>? digest = request.Body is { } body ? _signer.Digest(body) : null;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ObjectStoreResilience.Request, request.ToString());
        try
        {
            return await pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    using var message = state.Client.Build(state.Request, state.Digest);
                    var response = await state.Client._http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ctx.CancellationToken);
                    var keep = false;
                    try
                    {
                        if (!response.IsSuccessStatusCode)
                        {
                            throw await state.Client.ErrorAsync(state.Request, response, ctx.CancellationToken);
                        }

                        var result = await state.Read(response, ctx.CancellationToken);
                        keep = state.KeepResponse;
                        return result;
                    }
                    finally
                    {
                        if (!keep)
                        {
                            response.Dispose();
                        }
                    }
                },
                context,
                (Client: this, Request: request, Digest: digest, Read: read, KeepResponse: keepResponse));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TimeoutRejectedException)
        {
            throw new ObjectStorageException(
                request.Operation, request.Key, 0, e is TimeoutRejectedException ? "Timeout" : "ConnectionFailed", e.Message, innerException: e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private HttpRequestMessage Build(ObjectRequest request, KeyValuePair<string, string>? digest)
    {
        var target = _endpoint.Target(request.Key, request.Query);
        var message = new HttpRequestMessage(request.Method, target.Uri);
        var headers = new List<KeyValuePair<string, string>> { new("host", target.Host) };
        headers.AddRange(request.Headers);
        if (request.Body is { } body)
        {
            message.Content = body.CreateContent();
            headers.Add(new("content-length", body.Length.ToString(CultureInfo.InvariantCulture)));
            if (digest is { } d)
            {
                headers.Add(d);
            }
        }

        headers.AddRange(_signer.Sign(request.Method.Method, target, headers, _time.GetUtcNow()));
        foreach (var (name, value) in headers)
        {
            switch (name)
            {
                case "host" or "content-length":
                    break; // HttpClient writes these from the URL and the content.
                case "content-type" or "content-md5":
                    message.Content?.Headers.TryAddWithoutValidation(name, value);
                    break;
                default:
                    message.Headers.TryAddWithoutValidation(name, value);
                    break;
            }
        }

        return message;
    }

    private async Task<ObjectStorageException> ErrorAsync(ObjectRequest request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        ServiceError? error = null;
        if (request.Method != HttpMethod.Head)
        {
            try
            {
                error = ObjectStoreXml.Error(ObjectStoreXml.Root(await response.Content.ReadAsStringAsync(cancellationToken)));
            }
            catch (FormatException)
            {
                // A proxy's HTML page or a truncated body: the status says enough.
            }
        }

        var code = error?.Code ?? (response.StatusCode == HttpStatusCode.NotFound ? "NotFound" : response.StatusCode.ToString());
        return new ObjectStorageException(
            request.Operation, request.Key, status, code, error?.Message, error?.RequestId ?? Header(response, Dialect.RequestIdHeader), error?.Resource);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? values.FirstOrDefault()
            : null;
}
