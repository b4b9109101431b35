using System.Text.Json;
using System.Text.Json.Serialization;

namespace Functions.Autoscaler.Documents;

/// <summary>Enums as camelCase strings ("utilization", "scaleUp"), read without regard to case.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
