using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Functions.Scf.Serialization;

/// <summary>JSON helpers over source-generated type information (no reflection, AOT-safe).</summary>
public static class ScfJson
{
    /// <summary>
    /// Writer options shared by results and logs: Chinese text and other non-ASCII stay readable, which the
    /// consumers (SCF console, chat bots) display as is.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The host's payload metadata with the readable encoder.</summary>
    internal static readonly ScfJsonContext Context = new(CreateOptions());

    /// <summary>
    /// Options for a function's own source-generated context (<c>new MyJsonContext(ScfJson.CreateOptions())</c>):
    /// camelCase, nulls omitted, readable non-ASCII.
    /// </summary>
    /// <returns>New options.</returns>
    public static JsonSerializerOptions CreateOptions() => new()
    {
        Encoder = Encoder,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Serializes a value to JSON text.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">Its source-generated type information.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);

    /// <summary>Serializes a value to UTF-8 JSON.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">Its source-generated type information.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] SerializeToUtf8<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
}
