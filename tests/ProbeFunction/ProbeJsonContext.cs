using System.Text.Json;
using System.Text.Json.Serialization;

namespace Functions.ProbeFunction;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(CredentialsReport))]
[JsonSerializable(typeof(CloudReport))]
internal sealed partial class ProbeJsonContext : JsonSerializerContext;
