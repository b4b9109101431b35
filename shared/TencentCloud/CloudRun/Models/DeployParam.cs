namespace Functions.TencentCloud.CloudRun.Models;

/// <summary>How to deploy a new version (tcbr <c>DeployParam</c>).</summary>
public sealed record DeployParam
{
    /// <summary><c>image</c> for a TCR image (also package, repository, pipeline, jar, war).</summary>
    public required string DeployType { get; init; }

    /// <summary>The image, for <c>image</c> deploys.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>A remark shown in the console.</summary>
    public string? DeployRemark { get; init; }

    /// <summary><c>GRAY</c> (new version gets no traffic until released) or <c>FULL</c>.</summary>
    public string? ReleaseType { get; init; }
}
