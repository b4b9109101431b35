namespace Functions.TestSupport.CloudApi;

/// <summary>An emulated CloudBase Run service.</summary>
/// <param name="envId">The environment.</param>
/// <param name="name">The service.</param>
public sealed class CloudRunService(string envId, string name)
{
    public string EnvId { get; } = envId;

    public string Name { get; } = name;

    public string Status { get; set; } = "running";

    public double Cpu { get; set; } = 1;

    public double Mem { get; set; } = 2;

    public long MinNum { get; set; }

    public long MaxNum { get; set; }

    public List<(string Type, long Threshold)> Policies { get; } = [("cpu", 60)];

    public string OperationMode { get; set; } = "condScale";

    /// <summary>Instances running now; the platform keeps it within [MinNum, MaxNum].</summary>
    public long Instances { get; set; }

    public List<CloudRunVersion> Versions { get; } = [];

    public Dictionary<long, CloudRunTask> Tasks { get; } = [];

    /// <summary>Configuration changes applied, in order, for tests to assert on.</summary>
    public List<string> ConfigChanges { get; } = [];
}
