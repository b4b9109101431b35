using System.Text.Json.Serialization;

namespace Functions.TencentCloud.Tests.Services;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CommandPayload))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
