namespace Functions.AlertHandler.Configuration;

/// <summary>A receiver with every channel's URL and secret resolved.</summary>
/// <param name="Name">The receiver's name.</param>
/// <param name="Channels">Its channels.</param>
internal sealed record ResolvedReceiver(string Name, IReadOnlyList<ResolvedChannel> Channels)
{
    /// <summary>The receiver and its channels, without secrets.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name}: [{string.Join(", ", Channels)}]";
}
