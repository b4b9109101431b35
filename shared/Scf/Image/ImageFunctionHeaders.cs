using System.Globalization;
using Functions.Scf.Hosting;
using Functions.TencentCloud.Credentials;
using Microsoft.AspNetCore.Http;

namespace Functions.Scf.Image;

/// <summary>Reads the <c>X-Scf-*</c> headers SCF sends with each image-function invocation.</summary>
public static class ImageFunctionHeaders
{
    /// <summary>The invocation facts from the headers.</summary>
    /// <param name="headers">The request headers.</param>
    /// <returns>The request.</returns>
    public static InvocationRequest Read(IHeaderDictionary headers)
    {
        var requestId = Value(headers, "X-Scf-Request-Id") ?? Guid.NewGuid().ToString();
        var memory = int.TryParse(Value(headers, "X-Scf-Memory"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var mb) && mb > 0 ? mb : (int?)null;
        return new InvocationRequest(requestId, Timeout(Value(headers, "X-Scf-Timeout")), memory, Credentials(headers));
    }

    /// <summary>Reads the body within Kestrel's size limit.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    /// <returns>The body's bytes.</returns>
    public static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = request.ContentLength is { } length && length <= int.MaxValue
            ? new MemoryStream((int)length)
            : new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    // SCF does not document the unit. Function timeouts run from 1 s to 900 s, so a value up to 900 can only be
    // seconds and a value from 1000 can only be milliseconds.
    private static TimeSpan? Timeout(string? text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return null;
        }

        return value <= 900 ? TimeSpan.FromSeconds(value) : TimeSpan.FromMilliseconds(value);
    }

    private static TencentCloudCredentials? Credentials(IHeaderDictionary headers)
    {
        var id = Value(headers, "X-Scf-Secret-Id");
        var key = Value(headers, "X-Scf-Secret-Key");
        return string.IsNullOrEmpty(id) || string.IsNullOrEmpty(key)
            ? null
            : new TencentCloudCredentials(id, key, Value(headers, "X-Scf-Session-Token"));
    }

    private static string? Value(IHeaderDictionary headers, string name)
    {
        var value = headers[name].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
