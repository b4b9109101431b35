namespace Functions.AlertHandler.Results;

/// <summary>One alert of a callback.</summary>
/// <param name="Fingerprint">Its identity.</param>
/// <param name="Status">firing or resolved.</param>
/// <param name="AlertName">Its name.</param>
/// <param name="Groups">The groups it joined (route and group_by values), empty for a duplicate.</param>
internal sealed record CallbackAlert(string Fingerprint, string Status, string AlertName, IReadOnlyList<string> Groups);
