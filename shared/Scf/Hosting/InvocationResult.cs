using System.Text.Json.Serialization.Metadata;
using Functions.Scf.Events;
using Functions.Scf.Serialization;

namespace Functions.Scf.Hosting;

/// <summary>A successful invocation's result, already serialized to UTF-8 JSON.</summary>
public sealed class InvocationResult
{
    private InvocationResult(byte[] utf8Json, int? httpStatus)
    {
        Utf8Json = utf8Json;
        HttpStatus = httpStatus;
    }

    /// <summary>The result's JSON.</summary>
    public ReadOnlyMemory<byte> Utf8Json { get; }

    /// <summary>The status code when the result is an HTTP response, for the invocation's log line.</summary>
    public int? HttpStatus { get; }

    /// <summary>A result from a value and its source-generated type information.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">Its type information.</param>
    /// <returns>The result.</returns>
    public static InvocationResult From<T>(T value, JsonTypeInfo<T> typeInfo) => new(ScfJson.SerializeToUtf8(value, typeInfo), null);

    /// <summary>An HTTP integration response.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The result.</returns>
    public static InvocationResult Http(HttpResponse response) =>
        new(ScfJson.SerializeToUtf8(response, ScfJson.Context.HttpResponse), response.StatusCode);

    /// <summary>A result whose JSON is already at hand.</summary>
    /// <param name="utf8Json">Valid UTF-8 JSON.</param>
    /// <returns>The result.</returns>
    public static InvocationResult FromJson(byte[] utf8Json) => new(utf8Json, null);
}
