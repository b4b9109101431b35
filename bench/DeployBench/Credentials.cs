namespace Functions.DeployBench;

/// <summary>The key both sides sign with, registered in the API emulator.</summary>
internal sealed record Credentials(string SecretId, string SecretKey, string Region);
