using System.Text.Json.Serialization;

namespace Functions.Notify;

/// <summary>Source-generated JSON for the robots' replies, so the library stays trim- and AOT-safe.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(PlatformReply))]
internal sealed partial class NotifyJsonContext : JsonSerializerContext;
