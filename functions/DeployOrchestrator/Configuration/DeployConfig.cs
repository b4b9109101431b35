namespace Functions.DeployOrchestrator.Configuration;

/// <summary>The validated configuration: services in file order and the notification receivers.</summary>
/// <param name="Services">The services.</param>
/// <param name="Receivers">Where run events are sent (variables resolved by <see cref="NotifyReceiverResolver"/>).</param>
internal sealed record DeployConfig(IReadOnlyList<ServiceConfig> Services, IReadOnlyList<NotifyReceiver> Receivers)
{
    /// <summary>The service a push deploys: the first, in file order, whose repositories and tags both match.</summary>
    /// <param name="repoFullName">The pushed repository (<c>namespace/repo</c>).</param>
    /// <param name="tag">The pushed tag.</param>
    /// <returns>The service, or why none matches.</returns>
    public ServiceRoute Match(string repoFullName, string tag)
    {
        var byRepository = Services.Where(s => s.DeploysRepository(repoFullName)).ToList();
        if (byRepository.Count == 0)
        {
            return new(null, $"no service deploys repository '{repoFullName}'");
        }

        if (byRepository.FirstOrDefault(s => s.DeploysTag(tag)) is { } service)
        {
            return new(service, null);
        }

        var tried = string.Join("; ", byRepository.Select(s => $"{s.Name}: {string.Join(", ", s.Tags)}"));
        return new(null, $"tag '{tag}' of '{repoFullName}' matches no service's tags ({tried})");
    }

    /// <summary>A service by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The service, or null.</returns>
    public ServiceConfig? Service(string name) => Services.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
