namespace Functions.TencentCloud.Signing;

/// <summary>The parts of a TC3 <c>Authorization</c> header, for verifying a request (the emulator) or diagnosing one.</summary>
/// <param name="SecretId">The SecretId from the credential.</param>
/// <param name="Date">The scope date.</param>
/// <param name="Service">The scope service.</param>
/// <param name="SignedHeaders">The signed header names.</param>
/// <param name="Signature">The signature.</param>
public sealed record Tc3Authorization(string SecretId, string Date, string Service, IReadOnlyList<string> SignedHeaders, string Signature)
{
    /// <summary>Parses a header value; null when it is not a well-formed TC3 authorization.</summary>
    /// <param name="header">The header value.</param>
    /// <returns>The parts, or null.</returns>
    public static Tc3Authorization? TryParse(string? header)
    {
        if (header is null || !header.StartsWith(Tc3Signer.Algorithm + " ", StringComparison.Ordinal))
        {
            return null;
        }

        var fields = header[(Tc3Signer.Algorithm.Length + 1)..]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        if (!fields.TryGetValue("Credential", out var credential) || !fields.TryGetValue("SignedHeaders", out var signed) ||
            !fields.TryGetValue("Signature", out var signature))
        {
            return null;
        }

        var scope = credential.Split('/');
        return scope.Length == 4 && scope[3] == "tc3_request"
            ? new Tc3Authorization(scope[0], scope[1], scope[2], signed.Split(';'), signature)
            : null;
    }
}
