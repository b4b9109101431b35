using Functions.AlertHandler.Routing;

namespace Functions.AlertHandler.Runs;

/// <summary>Action types by the names the routing file and the records use.</summary>
internal static class ActionNames
{
    public static string Of(ActionType type) => type switch
    {
        ActionType.ScaleUp => "scale_up",
        ActionType.Restart => "restart",
        ActionType.Backup => "backup",
        _ => "notify",
    };
}
