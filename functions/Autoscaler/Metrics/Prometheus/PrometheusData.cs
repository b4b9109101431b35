using System.Text.Json;

namespace Functions.Autoscaler.Metrics.Prometheus;

/// <summary>An instant query's result.</summary>
/// <param name="ResultType"><c>scalar</c>, <c>vector</c>, <c>matrix</c> or <c>string</c>.</param>
/// <param name="Result">
/// A scalar's <c>[time, "value"]</c>, or a vector's <c>[{"metric":{labels},"value":[time,"value"]}, …]</c>; kept as
/// JSON because its shape depends on <paramref name="ResultType"/>.
/// </param>
internal sealed record PrometheusData(string? ResultType, JsonElement Result);
