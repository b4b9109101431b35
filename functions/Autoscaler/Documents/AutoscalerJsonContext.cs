using System.Text.Json.Serialization;
using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Documents;

/// <summary>
/// Source-generated JSON for the Autoscaler's events, results and audit records. Unknown fields are refused, so a
/// typo in a what-if event is an error rather than a silently ignored setting.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters =
    [
        typeof(CamelCaseEnumConverter<MetricKind>), typeof(CamelCaseEnumConverter<MetricStatus>), typeof(CamelCaseEnumConverter<RatePolicyType>),
        typeof(CamelCaseEnumConverter<PolicySelection>), typeof(CamelCaseEnumConverter<ScaleDirection>), typeof(CamelCaseEnumConverter<ScaleTrigger>),
    ])]
[JsonSerializable(typeof(DecisionInputsDocument))]
[JsonSerializable(typeof(DecisionDocument))]
[JsonSerializable(typeof(PolicyDocument))]
[JsonSerializable(typeof(Runs.EvaluationResult))]
[JsonSerializable(typeof(Runs.StatusResult))]
internal sealed partial class AutoscalerJsonContext : JsonSerializerContext
{
    /// <summary>The same settings, writing arrows and non-ASCII text as they are (results and logs are read by people).</summary>
    public static AutoscalerJsonContext Readable => _readable ??= new(new System.Text.Json.JsonSerializerOptions(Default.Options) { Encoder = Scf.Serialization.ScfJson.Encoder });

    // Built on first use: a static initializer would run before the generated Default exists.
    private static AutoscalerJsonContext? _readable;
}
