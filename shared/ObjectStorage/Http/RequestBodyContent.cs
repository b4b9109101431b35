using System.Net;

namespace Functions.ObjectStorage.Http;

/// <summary>Writes a <see cref="RequestBody"/>'s segments with a known Content-Length, without copying them.</summary>
/// <param name="body">The body.</param>
internal sealed class RequestBodyContent(RequestBody body) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        foreach (var segment in body.Segments)
        {
            await stream.WriteAsync(segment, cancellationToken);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = body.Length;
        return true;
    }
}
