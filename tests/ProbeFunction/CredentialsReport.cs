namespace Functions.ProbeFunction;

internal sealed record CredentialsReport(string? SecretId, bool Temporary);
