using System.Globalization;
using System.Net.Http.Headers;
using Functions.Scf.Hosting;
using Functions.Scf.Serialization;
using Polly;

namespace Functions.Scf.Runtime;

/// <summary>
/// The runtime API over HTTP. The <c>next</c> call has no timeout (SCF's docs say not to set one: the instance
/// may be frozen mid-poll); transient failures are retried through Polly pipelines.
/// </summary>
public sealed class RuntimeApiClient : IRuntimeApiClient, IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly ResiliencePipeline _post;
    private readonly ResiliencePipeline _poll;

    /// <summary>Creates a client for the API at <paramref name="baseAddress"/>.</summary>
    /// <param name="baseAddress">The API's base address.</param>
    /// <param name="time">The clock for retry delays.</param>
    public RuntimeApiClient(Uri baseAddress, TimeProvider time)
    {
        _http = new HttpClient(new SocketsHttpHandler
        {
            // The API is on the instance's own network; a proxy from the environment would only get in the way.
            UseProxy = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        })
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _post = RuntimeApiResilience.ForPosts(time);
        _poll = RuntimeApiResilience.ForPolling(time);
    }

    /// <inheritdoc />
    public Task ReadyAsync(CancellationToken cancellationToken) =>
        PostAsync("runtime/init/ready", " "u8.ToArray(), cancellationToken);

    /// <inheritdoc />
    public async Task<RuntimeInvocation> NextAsync(CancellationToken cancellationToken) =>
        await _poll.ExecuteAsync(
            static async (state, token) =>
            {
                using var response = await state.GetAsync("runtime/invocation/next", HttpCompletionOption.ResponseHeadersRead, token);
                if (!response.IsSuccessStatusCode)
                {
                    throw new RuntimeApiException("/runtime/invocation/next", (int)response.StatusCode);
                }

                var body = await response.Content.ReadAsByteArrayAsync(token);
                return new RuntimeInvocation(
                    body,
                    Header(response, "request_id") ?? Guid.NewGuid().ToString(),
                    int.TryParse(Header(response, "memory_limit_in_mb"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var memory) && memory > 0 ? memory : null,
                    long.TryParse(Header(response, "time_limit_in_ms"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) && limit > 0
                        ? TimeSpan.FromMilliseconds(limit)
                        : null);
            },
            _http,
            cancellationToken);

    /// <inheritdoc />
    public Task PostResponseAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken) =>
        PostAsync("runtime/invocation/response", utf8Json, cancellationToken);

    /// <inheritdoc />
    public Task PostErrorAsync(InvocationError invocationError, CancellationToken cancellationToken) =>
        PostAsync("runtime/invocation/error", ScfJson.SerializeToUtf8(invocationError, ScfJson.Context.InvocationError), cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task PostAsync(string path, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        await _post.ExecuteAsync(
            static async (state, token) =>
            {
                using var content = new ReadOnlyMemoryContent(state.Body);
                content.Headers.ContentType = Json;
                using var response = await state.Http.PostAsync(state.Path, content, token);
                if (!response.IsSuccessStatusCode)
                {
                    throw new RuntimeApiException("/" + state.Path, (int)response.StatusCode);
                }
            },
            (Http: _http, Path: path, Body: body),
            cancellationToken);

    // SCF's docs spell the headers in lower case, its Bash sample in Title_Case; HttpClient matches either.
    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
