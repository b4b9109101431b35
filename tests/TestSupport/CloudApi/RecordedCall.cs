using System.Text.Json;

namespace Functions.TestSupport.CloudApi;

/// <summary>A request the emulator accepted (signature valid), for tests to assert on.</summary>
/// <param name="Service">The service.</param>
/// <param name="Action">The action.</param>
/// <param name="Region">The X-TC-Region header.</param>
/// <param name="SecretId">Who signed it.</param>
/// <param name="Token">The X-TC-Token header, if any.</param>
/// <param name="Body">The request body.</param>
public sealed record RecordedCall(string Service, string Action, string? Region, string SecretId, string? Token, JsonElement Body);
