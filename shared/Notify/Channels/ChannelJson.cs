using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Functions.Notify;

/// <summary>Writes the bodies: UTF-8 JSON with non-ASCII text kept as is (the robots read UTF-8; escaping Chinese would triple its size).</summary>
internal static class ChannelJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs <paramref name="write"/> on a fresh writer and returns the bytes.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
