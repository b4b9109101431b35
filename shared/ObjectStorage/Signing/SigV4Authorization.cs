namespace Functions.ObjectStorage.Signing;

/// <summary>Every intermediate of a SigV4 signature, for tests against the published suite.</summary>
/// <param name="CanonicalRequest">The canonical request.</param>
/// <param name="StringToSign">The string to sign.</param>
/// <param name="SignedHeaders">The signed header names, <c>;</c>-separated.</param>
/// <param name="Signature">The signature, hex.</param>
/// <param name="Authorization">The header value.</param>
internal sealed record SigV4Authorization(string CanonicalRequest, string StringToSign, string SignedHeaders, string Signature, string Authorization);
