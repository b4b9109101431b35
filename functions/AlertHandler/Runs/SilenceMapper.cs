using Functions.AlertHandler.Routing;
using Functions.AlertHandler.State;

namespace Functions.AlertHandler.Runs;

/// <summary>Silences between their stored form (matcher texts) and the domain's (parsed matchers).</summary>
internal static class SilenceMapper
{
    public static Silence ToSilence(StoredSilence stored) =>
        new(stored.Id, Matchers.Parse(stored.Matchers, "matchers"), stored.StartsAt, stored.EndsAt, stored.CreatedBy, stored.Comment);
}
