namespace Functions.TencentCloud.Ssm;

/// <summary>A secret's version.</summary>
/// <param name="VersionId">The version.</param>
/// <param name="CreateTime">When it was created, UNIX seconds.</param>
public sealed record SecretVersionInfo(string VersionId, long CreateTime);
