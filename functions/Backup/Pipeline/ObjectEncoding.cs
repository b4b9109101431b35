using Functions.Backup.Crypto;

namespace Functions.Backup.Pipeline;

/// <summary>How objects are stored: compressed or not, encrypted or not.</summary>
/// <param name="Compress">Whether to gzip objects (formats that are compressed already are stored as they are).</param>
/// <param name="Key">The encryption key, or null to store objects in clear.</param>
internal sealed record ObjectEncoding(bool Compress, EncryptionKey? Key)
{
    /// <summary>Clear and uncompressed.</summary>
    public static readonly ObjectEncoding Plain = new(false, null);

    /// <summary>Whether an object of <paramref name="format"/> is gzipped.</summary>
    /// <param name="format">The format.</param>
    /// <returns>True to compress.</returns>
    public bool Compresses(ObjectFormat format) => Compress && format != ObjectFormat.PostgresCustom;

    /// <summary>The key suffix that says how an object is stored, e.g. <c>.gz.enc</c>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The suffix.</returns>
    public string Suffix(ObjectFormat format) => (Compresses(format) ? ".gz" : "") + (Key is null ? "" : ".enc");
}
