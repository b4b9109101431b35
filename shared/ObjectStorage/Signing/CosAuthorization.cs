namespace Functions.ObjectStorage.Signing;

/// <summary>Every intermediate of the COS signature, so tests can compare each step with the documented example.</summary>
/// <param name="KeyTime">The validity window, <c>start;end</c> in Unix seconds.</param>
/// <param name="SignKey">HMAC-SHA1(SecretKey, KeyTime), hex.</param>
/// <param name="HttpString">The canonical request.</param>
/// <param name="StringToSign">What is signed with the SignKey.</param>
/// <param name="Signature">The signature, hex.</param>
/// <param name="Authorization">The header value.</param>
internal sealed record CosAuthorization(string KeyTime, string SignKey, string HttpString, string StringToSign, string Signature, string Authorization);
