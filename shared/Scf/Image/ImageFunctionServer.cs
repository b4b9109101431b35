using System.Net;
using Functions.Scf.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Functions.Scf.Image;

/// <summary>
/// The image-function transport: Kestrel on 0.0.0.0 answering <c>POST /event-invoke</c> with the same runner
/// as the runtime loop. Started with an empty builder (no config files, no logging providers) so it listens
/// within milliseconds; SCF allows 30 s.
/// </summary>
/// <param name="runner">Runs each invocation.</param>
/// <param name="maxEventBytes">Kestrel's request body limit.</param>
/// <param name="logger">The host's logger.</param>
public sealed partial class ImageFunctionServer(InvocationRunner runner, int maxEventBytes, ILogger logger)
{
    /// <summary>The path SCF posts events to.</summary>
    public const string EventPath = "/event-invoke";

    /// <summary>Serves until <paramref name="shutdown"/> is cancelled.</summary>
    /// <param name="port">The port (9000 on SCF; 0 picks a free one).</param>
    /// <param name="shutdown">Cancelled by SIGTERM/SIGINT.</param>
    /// <returns>The exit code.</returns>
    public async Task<int> RunAsync(int port, CancellationToken shutdown)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Any, port);
            kestrel.Limits.MaxRequestBodySize = maxEventBytes;
            kestrel.AddServerHeader = false;
        });
        await using var app = builder.Build();
        app.Run(context => HandleAsync(context, shutdown));

        await app.StartAsync(shutdown);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        LogListening(addresses);

        using var stop = shutdown.Register(() => app.Lifetime.StopApplication());
        await app.WaitForShutdownAsync(CancellationToken.None);
        LogStopped();
        return 0;
    }

    private async Task HandleAsync(HttpContext context, CancellationToken shutdown)
    {
        if (!string.Equals(context.Request.Path.Value, EventPath, StringComparison.Ordinal))
        {
            await WriteAsync(context, StatusCodes.Status404NotFound, ImageFunctionResponses.NotFound(context.Request.Path.Value));
            return;
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = "POST";
            await WriteAsync(context, StatusCodes.Status405MethodNotAllowed, ImageFunctionResponses.MethodNotAllowed(context.Request.Method));
            return;
        }

        var request = ImageFunctionHeaders.Read(context.Request.Headers);
        byte[] body;
        try
        {
            body = await ImageFunctionHeaders.ReadBodyAsync(context.Request, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteAsync(context, e.StatusCode, ImageFunctionResponses.TooLarge(request.RequestId, maxEventBytes));
            return;
        }

        var outcome = await runner.InvokeAsync(body, request, shutdown);
        if (outcome.Error is { } error)
        {
            await WriteAsync(context, StatusCodes.Status500InternalServerError, ImageFunctionResponses.Error(error));
            return;
        }

        await WriteAsync(context, StatusCodes.Status200OK, outcome.Result!.Utf8Json);
    }

    private static async Task WriteAsync(HttpContext context, int status, ReadOnlyMemory<byte> json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = json.Length;
        await context.Response.Body.WriteAsync(json, context.RequestAborted);
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Image function listening on {Addresses}")]
    private partial void LogListening(IEnumerable<string> addresses);

    [LoggerMessage(EventId = 21, Level = LogLevel.Information, Message = "Image function server stopped")]
    private partial void LogStopped();
}
