namespace Functions.AlertHandler.Results;

/// <summary>A test notification's result on each channel of a receiver.</summary>
/// <param name="Receiver">The receiver.</param>
/// <param name="Channels">Each channel's result.</param>
internal sealed record TestResult(string Receiver, IReadOnlyList<ChannelOutcome> Channels);
