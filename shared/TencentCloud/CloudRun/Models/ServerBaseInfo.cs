namespace Functions.TencentCloud.CloudRun.Models;

/// <summary>A CloudBase Run service's summary (tcbr <c>ServerBaseInfo</c>).</summary>
public sealed record ServerBaseInfo
{
    /// <summary>The service name.</summary>
    public string? ServerName { get; init; }

    /// <summary>The default domain.</summary>
    public string? DefaultDomainName { get; init; }

    /// <summary><c>running</c>, <c>deploying</c> or <c>deploy_failed</c>.</summary>
    public string? Status { get; init; }

    /// <summary>When it last changed.</summary>
    public string? UpdateTime { get; init; }

    /// <summary>Access types (PUBLIC, MINIAPP, …).</summary>
    public IReadOnlyList<string>? AccessTypes { get; init; }

    /// <summary><c>function</c> or <c>container</c>.</summary>
    public string? ServerType { get; init; }

    /// <summary>Traffic routing type (currently FLOW).</summary>
    public string? TrafficType { get; init; }

    /// <summary>When it was created.</summary>
    public string? CreateTime { get; init; }
}
