using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.TestSupport;

/// <summary>A real HTTP server on a free loopback port that hands every request to one delegate: the emulators' transport.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>http://127.0.0.1:port/ (with the trailing slash).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The port it listens on.</summary>
    public int Port => BaseUrl.Port;

    /// <summary>Starts listening.</summary>
    /// <param name="handler">Answers every request.</param>
    /// <param name="unlimitedBodies">Lifts Kestrel's 30 MB request body limit (object uploads).</param>
    /// <returns>The running server.</returns>
    public static async Task<LoopbackServer> StartAsync(RequestDelegate handler, bool unlimitedBodies = false)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            if (unlimitedBodies)
            {
                kestrel.Limits.MaxRequestBodySize = null;
            }
        });
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LoopbackServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
