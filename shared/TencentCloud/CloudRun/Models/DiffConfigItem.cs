namespace Functions.TencentCloud.CloudRun.Models;

/// <summary>
/// One configuration change (tcbr <c>DiffConfigItem</c>): a key with its value in the field the key uses —
/// <c>IntValue</c> for MinNum/MaxNum/Port, <c>Value</c> for OperationMode and strings, <c>PolicyDetails</c> for the scaler.
/// </summary>
public sealed record DiffConfigItem
{
    /// <summary>The key, e.g. MinNum, MaxNum, PolicyDetails, OperationMode.</summary>
    public required string Key { get; init; }

    /// <summary>String value.</summary>
    public string? Value { get; init; }

    /// <summary>Integer value.</summary>
    public long? IntValue { get; init; }

    /// <summary>Scaler rules, for PolicyDetails.</summary>
    public IReadOnlyList<HpaPolicy>? PolicyDetails { get; init; }

    /// <summary>Sets MinNum.</summary>
    /// <param name="value">The fewest replicas.</param>
    /// <returns>The item.</returns>
    public static DiffConfigItem MinNum(long value) => new() { Key = "MinNum", IntValue = value };

    /// <summary>Sets MaxNum.</summary>
    /// <param name="value">The most replicas.</param>
    /// <returns>The item.</returns>
    public static DiffConfigItem MaxNum(long value) => new() { Key = "MaxNum", IntValue = value };

    /// <summary>Sets the platform scaler's rules.</summary>
    /// <param name="policies">The rules.</param>
    /// <returns>The item.</returns>
    public static DiffConfigItem Policies(IReadOnlyList<HpaPolicy> policies) => new() { Key = "PolicyDetails", PolicyDetails = policies };

    /// <summary>Sets the run mode (noScale, condScale, alwaysScale, custom, manualScale).</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The item.</returns>
    public static DiffConfigItem OperationMode(string mode) => new() { Key = "OperationMode", Value = mode };
}
