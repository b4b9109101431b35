namespace Functions.TencentCloud.CloudRun.Models;

/// <summary>A service's configuration (tcbr <c>ServerBaseConfig</c>): size, scaling and runtime settings.</summary>
public sealed record ServerBaseConfig
{
    /// <summary>The environment.</summary>
    public string? EnvId { get; init; }

    /// <summary>The service.</summary>
    public string? ServerName { get; init; }

    /// <summary>CPU cores per instance.</summary>
    public double? Cpu { get; init; }

    /// <summary>Memory per instance, GB.</summary>
    public double? Mem { get; init; }

    /// <summary>Fewest replicas.</summary>
    public long? MinNum { get; init; }

    /// <summary>Most replicas.</summary>
    public long? MaxNum { get; init; }

    /// <summary>The platform scaler's rules.</summary>
    public IReadOnlyList<HpaPolicy>? PolicyDetails { get; init; }

    /// <summary><c>noScale</c>, <c>condScale</c>, <c>alwaysScale</c>, <c>custom</c> or <c>manualScale</c>.</summary>
    public string? OperationMode { get; init; }

    /// <summary>Environment variables as a JSON string.</summary>
    public string? EnvParams { get; init; }

    /// <summary>The container port.</summary>
    public long? Port { get; init; }

    /// <summary>Seconds before the first health probe.</summary>
    public long? InitialDelaySeconds { get; init; }

    /// <summary>Public access types.</summary>
    public IReadOnlyList<string>? OpenAccessTypes { get; init; }

    /// <summary><c>open</c> or <c>close</c>.</summary>
    public string? InternalAccess { get; init; }

    /// <summary><c>open</c> or <c>close</c>.</summary>
    public string? SessionAffinity { get; init; }
}
