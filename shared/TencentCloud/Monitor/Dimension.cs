namespace Functions.TencentCloud.Monitor;

/// <summary>A metric dimension.</summary>
/// <param name="Name">Its name (case as the namespace's doc writes it).</param>
/// <param name="Value">Its value.</param>
public sealed record Dimension(string Name, string Value);
