namespace Functions.Scf.Hosting;

/// <summary>A command a function accepts in a command event, for <c>--help</c> and unknown-command errors.</summary>
/// <param name="Name">The value of the event's <c>command</c> field.</param>
/// <param name="Summary">What it does and its main arguments.</param>
public sealed record CommandInfo(string Name, string Summary);
