using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Functions.TestSupport;

/// <summary>
/// A real Prometheus (the Debian package's binary) on a free loopback port with its own config and storage in a temp
/// folder, scraping one target every second; killed and cleaned up on dispose.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };

    private readonly Process _process;
    private readonly string _directory;
    private readonly StringBuilder _log = new();

    private PrometheusServer(Process process, string directory, Uri baseUrl)
    {
        _process = process;
        _directory = directory;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>What Prometheus wrote to stderr, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The binary: on PATH, else where the Debian package puts it; the test is inconclusive (failed under CI) without it.</summary>
    /// <returns>Its path.</returns>
    public static string RequireBinary()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "prometheus"))
            .FirstOrDefault(File.Exists);
        var path = onPath ?? "/usr/bin/prometheus";
        TestEnvironment.Require(File.Exists(path), "the prometheus binary (apt-get install prometheus; scripts/services.sh up installs it)");
        return path;
    }

    /// <summary>Starts Prometheus scraping <paramref name="target"/>'s /metrics every second and waits until it serves queries.</summary>
    /// <param name="binary">The binary.</param>
    /// <param name="target">The scrape target.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The running server.</returns>
    public static async Task<PrometheusServer> StartAsync(string binary, Uri target, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("prometheus-").FullName;
        var config = Path.Combine(directory, "prometheus.yml");
        await File.WriteAllTextAsync(config, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: test
                static_configs:
                  - targets: ['127.0.0.1:{target.Port}']
            """, cancellationToken);
        var port = FreePort();
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            $"--config.file={config}", $"--storage.tsdb.path={Path.Combine(directory, "data")}", $"--web.listen-address=127.0.0.1:{port}", "--log.level=warn",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var server = new PrometheusServer(Process.Start(start)!, directory, new Uri($"http://127.0.0.1:{port}/"));
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.BeginErrorReadLine();
        server._process.BeginOutputReadLine();
        await server.WaitReadyAsync(cancellationToken);
        return server;
    }

    /// <summary>Evaluates a query until it gives a value at least <paramref name="atLeast"/>.</summary>
    /// <param name="query">The PromQL.</param>
    /// <param name="atLeast">The value to wait for.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>When it does.</returns>
    public async Task WaitForAsync(string query, double atLeast, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            var body = await Http.GetStringAsync(new Uri(BaseUrl, $"api/v1/query?query={Uri.EscapeDataString(query)}"), timeout.Token);
            var start = body.LastIndexOf(",\"", StringComparison.Ordinal);
            if (start > 0 && double.TryParse(body[(start + 2)..body.IndexOf('"', start + 2)], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= atLeast)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"prometheus exited with {_process.ExitCode}: {Log}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri(BaseUrl, "-/ready"), timeout.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, timeout.Token);
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
