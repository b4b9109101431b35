using System.Text.Json;
using Functions.Scf.Configuration;
using Functions.TencentCloud.Api;
using Functions.TencentCloud.Ssm;
using Microsoft.Extensions.Configuration;

namespace Functions.Scf.Cloud;

/// <summary>
/// Resolves configuration values written <c>ssm://name</c> (the secret's newest text) or <c>ssm://name#field</c>
/// (one field of a JSON secret) from Secrets Manager at start, so secrets need not sit in the function's
/// environment. A reference that cannot be resolved fails the start, naming the variable.
/// </summary>
public static class SsmReferences
{
    /// <summary>The prefix of a reference.</summary>
    public const string Scheme = "ssm://";

    /// <summary>The keys whose values are references.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>Key and reference pairs.</returns>
    public static IReadOnlyList<(string Key, string Reference)> Find(IConfiguration configuration) =>
        configuration.AsEnumerable()
            .Where(p => p.Value?.StartsWith(Scheme, StringComparison.Ordinal) == true)
            .Select(p => (p.Key, p.Value!))
            .ToArray();

    /// <summary>Resolves every reference.</summary>
    /// <param name="references">Key and reference pairs.</param>
    /// <param name="ssm">The Secrets Manager client.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The resolved values by key.</returns>
    /// <exception cref="ConfigurationException">Any reference is malformed or cannot be read.</exception>
    public static async Task<Dictionary<string, string?>> ResolveAsync(
        IReadOnlyList<(string Key, string Reference)> references, SsmClient ssm, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, reference) in references)
        {
            var (name, field) = Parse(reference);
            if (name.Length == 0)
            {
                problems.Add($"{key} must be ssm://<secret-name> or ssm://<secret-name>#<json-field>, not '{reference}'.");
                continue;
            }

            try
            {
                if (!secrets.TryGetValue(name, out var secret))
                {
                    secrets[name] = secret = await ssm.GetSecretAsync(name, versionId: null, cancellationToken);
                }

                values[key] = field is null ? secret : Field(secret, field, reference);
            }
            catch (TencentCloudApiException e)
            {
                problems.Add($"{key} refers to {reference}, which could not be read: {e.Code}: {e.ServiceMessage}");
            }
            catch (FormatException e)
            {
                problems.Add($"{key} refers to {reference}: {e.Message}");
            }
        }

        return problems.Count > 0 ? throw new ConfigurationException(problems) : values;
    }

    private static (string Name, string? Field) Parse(string reference)
    {
        var rest = reference[Scheme.Length..];
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (rest.Trim(), null) : (rest[..hash].Trim(), rest[(hash + 1)..].Trim());
    }

    private static string Field(string secret, string field, string reference)
    {
        try
        {
            using var document = JsonDocument.Parse(secret);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(field, out var value))
            {
                return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            }
        }
        catch (JsonException)
        {
            throw new FormatException($"the secret is not a JSON object, so it has no field '{field}'");
        }

        throw new FormatException($"the secret has no field '{field}' (reference {reference})");
    }
}
