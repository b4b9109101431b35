using System.Text.Json;

namespace Functions.Scf.Events;

/// <summary>COS notifications; one event may merge several records.</summary>
/// <param name="Json">The whole event.</param>
/// <param name="Records">The records, in delivery order.</param>
public sealed record CosEvent(JsonElement Json, IReadOnlyList<CosRecord> Records) : InvocationEvent(Json)
{
    /// <inheritdoc />
    public override EventKind Kind => EventKind.Cos;
}
