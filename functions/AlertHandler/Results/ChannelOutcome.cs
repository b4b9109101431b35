namespace Functions.AlertHandler.Results;

/// <summary>One channel's result for one notification.</summary>
/// <param name="Channel">receiver/channel, e.g. oncall/wecom[0].</param>
/// <param name="Result">sent, alreadySent, skipped, rateLimited or failed.</param>
/// <param name="Detail">Why, when not sent (never the channel's URL or secret).</param>
internal sealed record ChannelOutcome(string Channel, string Result, string? Detail);
