using Functions.Scf.Configuration;

namespace Functions.Scf.Runtime;

/// <summary>Where the runtime API listens, from <c>SCF_RUNTIME_API</c> and <c>SCF_RUNTIME_API_PORT</c>.</summary>
public static class RuntimeApiEndpoint
{
    /// <summary>The variable holding the API's host.</summary>
    public const string HostVariable = "SCF_RUNTIME_API";

    /// <summary>The variable holding the API's port.</summary>
    public const string PortVariable = "SCF_RUNTIME_API_PORT";

    /// <summary>True when the platform set the runtime API variables (Custom Runtime mode).</summary>
    /// <param name="environment">The environment.</param>
    /// <returns>Whether either variable is set.</returns>
    public static bool IsConfigured(IReadOnlyDictionary<string, string?> environment) =>
        !string.IsNullOrEmpty(environment.GetValueOrDefault(HostVariable)) || !string.IsNullOrEmpty(environment.GetValueOrDefault(PortVariable));

    /// <summary>The API's base address.</summary>
    /// <param name="environment">The environment.</param>
    /// <returns>For example <c>http://127.0.0.1:9001/</c>.</returns>
    /// <exception cref="ConfigurationException">A variable is missing or invalid.</exception>
    public static Uri Resolve(IReadOnlyDictionary<string, string?> environment)
    {
        var problems = new List<string>();
        var host = environment.GetValueOrDefault(HostVariable)?.Trim();
        var portText = environment.GetValueOrDefault(PortVariable)?.Trim();
        if (string.IsNullOrEmpty(host))
        {
            problems.Add($"{HostVariable} is required in Custom Runtime mode (the runtime API's host, set by SCF).");
        }
        else if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            problems.Add($"{HostVariable} must be a host name or IP address, not '{host}'.");
        }

        if (!int.TryParse(portText, System.Globalization.CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            problems.Add($"{PortVariable} must be a port from 1 to 65535, not '{portText}'.");
        }

        if (problems.Count > 0)
        {
            throw new ConfigurationException(problems);
        }

        return new UriBuilder(Uri.UriSchemeHttp, host!, port).Uri;
    }
}
