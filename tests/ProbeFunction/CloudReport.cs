namespace Functions.ProbeFunction;

internal sealed record CloudReport(long Instances, IReadOnlyList<string> Versions, int Samples, string? InvokeRequestId, int SecretLength);
