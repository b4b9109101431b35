namespace Functions.TencentCloud.Signing;

/// <summary>A TC3 signature with its intermediate values (kept for tests and for the emulator's diagnostics).</summary>
/// <param name="CanonicalRequest">The canonical request.</param>
/// <param name="StringToSign">The string to sign.</param>
/// <param name="SignedHeaders">The signed header names, e.g. <c>content-type;host</c>.</param>
/// <param name="Signature">The lower-case hex signature.</param>
/// <param name="Authorization">The <c>Authorization</c> header value.</param>
public sealed record Tc3Signature(string CanonicalRequest, string StringToSign, string SignedHeaders, string Signature, string Authorization);
