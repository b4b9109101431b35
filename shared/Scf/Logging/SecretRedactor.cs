using System.Text.Json;
using System.Text.RegularExpressions;
using Functions.Scf.Configuration;
using Functions.Scf.Serialization;
using Microsoft.Extensions.Configuration;

namespace Functions.Scf.Logging;

/// <summary>
/// Replaces every configured secret with <c>***</c> wherever it appears: log lines, error messages, results.
/// Secrets are the values of variables declared sensitive, of keys whose names say so (password, secret,
/// token, key), the passwords inside URLs, and per-invocation credentials for the invocation's duration.
/// </summary>
public sealed partial class SecretRedactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "***";

    // Short values would mask ordinary words; real secrets are longer than this.
    private const int MinimumSecretLength = 4;

    private static readonly AsyncLocal<string[]?> ScopedSecrets = new();

    private readonly string[] _secrets;

    /// <summary>Creates a redactor for explicit secret values.</summary>
    /// <param name="secrets">The secret values.</param>
    public SecretRedactor(IEnumerable<string?> secrets)
    {
        _secrets = Expand(secrets);
    }

    /// <summary>True when there is anything to redact (beyond URL passwords, which are always masked).</summary>
    public bool HasSecrets => _secrets.Length > 0 || ScopedSecrets.Value is { Length: > 0 };

    /// <summary>Collects the secrets of a configuration.</summary>
    /// <param name="configuration">The configuration (environment and file).</param>
    /// <param name="declared">The variables the function declares, with their sensitivity.</param>
    /// <param name="knownSecrets">Values known to be secret whatever their key (e.g. resolved from Secrets Manager).</param>
    /// <returns>The redactor.</returns>
    public static SecretRedactor FromConfiguration(IConfiguration configuration, IEnumerable<ConfigVariable> declared, IEnumerable<string?>? knownSecrets = null)
    {
        var sensitivity = declared.ToDictionary(v => v.Name, v => v.Sensitivity, StringComparer.OrdinalIgnoreCase);
        var secrets = new List<string?>(knownSecrets ?? []);
        foreach (var (key, value) in configuration.AsEnumerable())
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var name = key[(key.LastIndexOf(':') + 1)..];
            var declaredSecret = sensitivity.TryGetValue(key, out var s) && s == Sensitivity.Secret;
            if (declaredSecret || LooksSecret(name))
            {
                secrets.Add(value);
            }
            else if (Uri.TryCreate(value, UriKind.Absolute, out var url) && url.UserInfo.Contains(':', StringComparison.Ordinal))
            {
                secrets.Add(Uri.UnescapeDataString(url.UserInfo[(url.UserInfo.IndexOf(':', StringComparison.Ordinal) + 1)..]));
                secrets.Add(url.UserInfo[(url.UserInfo.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            }
        }

        return new SecretRedactor(secrets);
    }

    /// <summary>Adds secrets that apply only within the current async flow (one invocation).</summary>
    /// <param name="secrets">The secret values; nulls are ignored.</param>
    /// <returns>A scope that removes them when disposed.</returns>
    public static IDisposable AddForScope(params string?[] secrets)
    {
        var previous = ScopedSecrets.Value;
        var added = Expand(secrets);
        ScopedSecrets.Value = added.Length == 0 ? previous : [.. previous ?? [], .. added];
        return new Restore(previous);
    }

    /// <summary>Masks secrets (raw or JSON-escaped) and URL passwords in text or JSON.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with secrets masked (the same instance when nothing matched).</returns>
    public string Redact(string text) => RedactUrlPasswords(ReplaceSecrets(text));

    private string ReplaceSecrets(string text)
    {
        var result = text;
        foreach (var secret in _secrets)
        {
            if (result.Contains(secret, StringComparison.Ordinal))
            {
                result = result.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        if (ScopedSecrets.Value is { } scoped)
        {
            foreach (var secret in scoped)
            {
                if (result.Contains(secret, StringComparison.Ordinal))
                {
                    result = result.Replace(secret, Mask, StringComparison.Ordinal);
                }
            }
        }

        return result;
    }

    private static string RedactUrlPasswords(string text) =>
        text.Contains("://", StringComparison.Ordinal) ? UrlPassword().Replace(text, "://$1:" + Mask + "@") : text;

    private static bool LooksSecret(string name) =>
        name.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase) ||
        name.Contains("SECRET", StringComparison.OrdinalIgnoreCase) ||
        name.Contains("TOKEN", StringComparison.OrdinalIgnoreCase) ||
        name.EndsWith("_KEY", StringComparison.OrdinalIgnoreCase) ||
        name.EndsWith("APIKEY", StringComparison.OrdinalIgnoreCase);

    // Each secret also appears JSON-escaped in log lines and results; longest first so a secret that contains
    // another is masked whole.
    private static string[] Expand(IEnumerable<string?> secrets) =>
        secrets
            .Where(s => s is { Length: >= MinimumSecretLength })
            .SelectMany(s => new[] { s!, JsonEncodedText.Encode(s!, ScfJson.Encoder).ToString() })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToArray();

    [GeneratedRegex(@"://([^:/@\s""]+):([^@/\s""]+)@", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPassword();

    private sealed class Restore(string[]? previous) : IDisposable
    {
        public void Dispose() => ScopedSecrets.Value = previous;
    }
}
