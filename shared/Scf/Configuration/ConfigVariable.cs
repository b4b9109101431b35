namespace Functions.Scf.Configuration;

/// <summary>One configuration variable a function reads: listed by <c>--help</c>, documented in the README, and
/// redacted from logs and results when it is sensitive.</summary>
/// <param name="Name">The environment variable's name (also the key in the config file).</param>
/// <param name="Description">What it configures, with its format.</param>
/// <param name="Default">The default when unset, or null when it has none.</param>
/// <param name="Sensitivity">Whether its value, or the password inside it, must never be shown.</param>
public sealed record ConfigVariable(
    string Name,
    string Description,
    string? Default = null,
    Sensitivity Sensitivity = Sensitivity.None);
