using System.Security.Cryptography;

namespace Functions.Backup.Crypto;

/// <summary>A 256-bit backup encryption key and the id recorded in manifests and object headers.</summary>
internal sealed class EncryptionKey
{
    public EncryptionKey(byte[] material, string? id)
    {
        if (material.Length != ChunkedAesGcm.KeySize)
        {
            throw new ArgumentException($"The key must be {ChunkedAesGcm.KeySize} bytes, not {material.Length}.", nameof(material));
        }

        Material = material;

        // Without an explicit id, a fingerprint: it tells keys apart in manifests without revealing them.
        Id = id ?? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(material))[..16];
    }

    public byte[] Material { get; }

    public string Id { get; }

    /// <summary>Parses the Base64 of 32 bytes.</summary>
    /// <param name="base64">The key.</param>
    /// <param name="id">Its id, or null for a fingerprint.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">Not Base64 of 32 bytes (the message never contains the key).</exception>
    public static EncryptionKey Parse(string base64, string? id)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new FormatException("must be the Base64 of 32 random bytes (e.g. `openssl rand -base64 32`)");
        }

        return bytes.Length == ChunkedAesGcm.KeySize
            ? new EncryptionKey(bytes, id)
            : throw new FormatException($"must decode to 32 bytes, not {bytes.Length} (e.g. `openssl rand -base64 32`)");
    }

    public override string ToString() => Id;
}
