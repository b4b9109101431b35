namespace Functions.TestSupport.CloudApi;

/// <summary>The emulator's CloudBase Run: services with versions, traffic, scaling settings, instances and release tasks.</summary>
public sealed class CloudRunState
{
    private readonly Dictionary<(string EnvId, string Name), CloudRunService> _services = [];
    private long _nextTaskId = 1000;

    /// <summary>Whether new release tasks finish as soon as they are polled (otherwise a test finishes them).</summary>
    public bool FinishTasksWhenPolled { get; set; } = true;

    /// <summary>
    /// Whether a GRAY release's task stays running after its deploy step finishes, until the release is operated on
    /// (<c>done</c>, <c>go_back</c> or <c>cancel</c>), as the platform keeps a gray release order open; a polled GRAY task then
    /// only reports its deploy step finished. Off by default: a polled GRAY task finishes like a FULL one.
    /// </summary>
    public bool GrayReleasesStayOpen { get; set; }

    /// <summary>Adds a service with one version taking all traffic.</summary>
    /// <param name="envId">The environment.</param>
    /// <param name="name">The service.</param>
    /// <param name="image">The first version's image.</param>
    /// <param name="minNum">The platform's lower bound (also the instances running).</param>
    /// <param name="maxNum">The platform's upper bound.</param>
    /// <returns>The service, for the test to inspect or change.</returns>
    public CloudRunService AddService(string envId, string name, string image, long minNum = 1, long maxNum = 10)
    {
        var service = new CloudRunService(envId, name) { MinNum = minNum, MaxNum = maxNum, Instances = minNum };
        service.Versions.Add(new CloudRunVersion($"{name}-001", image) { Percent = 100 });
        lock (_services)
        {
            _services[(envId, name)] = service;
        }

        return service;
    }

    /// <summary>A service, or the error the API gives when it does not exist.</summary>
    /// <param name="envId">The environment.</param>
    /// <param name="name">The service.</param>
    /// <returns>The service.</returns>
    public CloudRunService Get(string envId, string name)
    {
        lock (_services)
        {
            return _services.TryGetValue((envId, name), out var service)
                ? service
                : throw new ApiErrorException("ResourceNotFound", $"The service {name} does not exist in environment {envId}.");
        }
    }

    internal IReadOnlyList<CloudRunService> InEnvironment(string envId)
    {
        lock (_services)
        {
            return _services.Values.Where(s => s.EnvId == envId).OrderBy(s => s.Name, StringComparer.Ordinal).ToArray();
        }
    }

    internal long NextTaskId() => Interlocked.Increment(ref _nextTaskId);
}
