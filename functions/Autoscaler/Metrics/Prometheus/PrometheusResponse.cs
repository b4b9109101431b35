namespace Functions.Autoscaler.Metrics.Prometheus;

/// <summary>The envelope of every Prometheus HTTP API answer.</summary>
/// <param name="Status"><c>success</c> or <c>error</c>.</param>
/// <param name="Data">The result, on success.</param>
/// <param name="ErrorType">E.g. <c>bad_data</c>, <c>execution</c>, <c>timeout</c>, on error.</param>
/// <param name="Error">The error's text, on error.</param>
/// <param name="Warnings">Warnings Prometheus attached to the answer.</param>
internal sealed record PrometheusResponse(string? Status, PrometheusData? Data, string? ErrorType, string? Error, IReadOnlyList<string>? Warnings);
