namespace Functions.TencentCloud.Tests.Services;

internal sealed record CommandPayload(string Command);
