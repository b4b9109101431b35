using System.Text.Json.Serialization;

namespace Functions.AutoscalerBench;

/// <summary>Source-generated JSON for the few strings the benchmark quotes into a command event.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class BenchJson : JsonSerializerContext;
