namespace Functions.ObjectStorage.Models;

/// <summary>
/// An object (or a range of it) being downloaded: the body streams from the connection as it is read.
/// Dispose it to release the connection.
/// </summary>
public sealed class ObjectDownload : IAsyncDisposable, IDisposable
{
    private readonly HttpResponseMessage _response;

    internal ObjectDownload(HttpResponseMessage response, Stream content, ObjectMetadata metadata)
    {
        _response = response;
        Content = content;
        Metadata = metadata;
    }

    /// <summary>The body, read from the network.</summary>
    public Stream Content { get; }

    /// <summary>The object's properties; <see cref="ObjectMetadata.Size"/> is the length of this body.</summary>
    public ObjectMetadata Metadata { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _response.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync();
        _response.Dispose();
    }
}
