namespace Functions.ObjectStorageBench;

/// <summary>What this benchmark reads besides HostBench's shared <c>Args</c>: text options and the services' variables.</summary>
internal static class Settings
{
    public static string Text(string[] args, string name) =>
        Array.IndexOf(args, name) is var index and >= 0 && index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{name} is required");

    public static string Variable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"{name} is not set: eval \"$(scripts/services.sh env)\"");
}
