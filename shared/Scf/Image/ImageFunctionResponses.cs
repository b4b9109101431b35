using Functions.Scf.Errors;
using Functions.Scf.Hosting;
using Functions.Scf.Serialization;

namespace Functions.Scf.Image;

/// <summary>The JSON bodies the image-function server answers with when there is no result.</summary>
internal static class ImageFunctionResponses
{
    public static byte[] Error(InvocationError error) => ScfJson.SerializeToUtf8(error, ScfJson.Context.InvocationError);

    public static byte[] TooLarge(string requestId, int limit) => Error(new InvocationError(
        ErrorTypes.EventTooLarge, $"The event is larger than {limit} bytes (MAX_EVENT_BYTES).", requestId));

    public static byte[] NotFound(string? path) => Error(new InvocationError(
        "NotFound", $"No endpoint at '{path}'; SCF posts events to {ImageFunctionServer.EventPath}.", ""));

    public static byte[] MethodNotAllowed(string method) => Error(new InvocationError(
        "MethodNotAllowed", $"{ImageFunctionServer.EventPath} accepts POST, not {method}.", ""));
}
