namespace Functions.Scf.Security;

/// <summary>Why a callback was refused.</summary>
public enum TokenAuthFailure
{
    /// <summary>It was not refused.</summary>
    None,

    /// <summary>No token is configured, so every request is refused (fail closed).</summary>
    NotConfigured,

    /// <summary>The request presented no token in any accepted place.</summary>
    Missing,

    /// <summary>A token was presented but did not match.</summary>
    Mismatch,

    /// <summary>The only credential was unusable: an Authorization scheme other than Bearer or Basic, or Basic that does not decode.</summary>
    Malformed,
}
