using System.Diagnostics;
using System.Net;

namespace Functions.AlertBench;

/// <summary>
/// Fires a list of POSTs over a fixed number of HTTP/1.1 keep-alive connections: one worker per connection, each
/// sending its next request when the previous one is answered, so exactly that many are ever in flight.
/// </summary>
internal static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(
        Uri url, IReadOnlyList<string> bodies, IReadOnlyDictionary<string, string> headers, int connections,
        Func<HttpStatusCode, string, bool> accepted, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new double[bodies.Count];
        var failures = 0;
        var firstFailures = new List<string>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        async Task WorkAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < bodies.Count)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Version = HttpVersion.Version11, Content = new StringContent(bodies[index]) };
                request.Content.Headers.ContentType = new("application/json");
                foreach (var (name, value) in headers)
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                var start = Stopwatch.GetTimestamp();
                string body;
                HttpStatusCode status;
                try
                {
                    using var response = await client.SendAsync(request, cancellationToken);
                    status = response.StatusCode;
                    body = await response.Content.ReadAsStringAsync(cancellationToken);
                }
                catch (HttpRequestException e)
                {
                    status = 0;
                    body = e.Message;
                }

                latencies[index] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (!accepted(status, body))
                {
                    Interlocked.Increment(ref failures);
                    lock (firstFailures)
                    {
                        if (firstFailures.Count < 5)
                        {
                            firstFailures.Add($"{(int)status}: {body[..Math.Min(body.Length, 300)]}");
                        }
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(WorkAsync, cancellationToken)));
        return new LoadResult(latencies, clock.Elapsed.TotalSeconds, failures, firstFailures);
    }
}
