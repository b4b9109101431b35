using System.Text.Json.Serialization;

namespace Functions.Autoscaler.Metrics.Prometheus;

/// <summary>Source-generated JSON for the Prometheus HTTP API (camelCase), so the function stays trim- and AOT-safe.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PrometheusResponse))]
internal sealed partial class PrometheusJsonContext : JsonSerializerContext;
