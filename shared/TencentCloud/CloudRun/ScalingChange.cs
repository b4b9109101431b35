using Functions.TencentCloud.CloudRun.Models;

namespace Functions.TencentCloud.CloudRun;

/// <summary>A change to CloudBase Run's own scaling: only the parts that are set are sent.</summary>
/// <param name="MinInstances">New lower bound.</param>
/// <param name="MaxInstances">New upper bound.</param>
/// <param name="Policies">New scaler rules.</param>
/// <param name="OperationMode">New run mode (noScale, condScale, alwaysScale, custom, manualScale).</param>
public sealed record ScalingChange(long? MinInstances = null, long? MaxInstances = null, IReadOnlyList<HpaPolicy>? Policies = null, string? OperationMode = null)
{
    /// <summary>The tcbr configuration items for the change.</summary>
    /// <returns>The items.</returns>
    public IReadOnlyList<DiffConfigItem> ToItems()
    {
        var items = new List<DiffConfigItem>();
        if (MinInstances is { } min)
        {
            items.Add(DiffConfigItem.MinNum(min));
        }

        if (MaxInstances is { } max)
        {
            items.Add(DiffConfigItem.MaxNum(max));
        }

        if (Policies is { } policies)
        {
            items.Add(DiffConfigItem.Policies(policies));
        }

        if (OperationMode is { } mode)
        {
            items.Add(DiffConfigItem.OperationMode(mode));
        }

        return items;
    }
}
