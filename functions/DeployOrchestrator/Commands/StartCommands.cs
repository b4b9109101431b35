using System.Globalization;
using Functions.DeployOrchestrator.Configuration;
using Functions.DeployOrchestrator.Domain;
using Functions.DeployOrchestrator.Platform;
using Functions.DeployOrchestrator.Results;
using Functions.DeployOrchestrator.Runs;
using Functions.Scf.Events;
using Functions.TencentCloud.CloudRun;

namespace Functions.DeployOrchestrator.Commands;

/// <summary>
/// The commands that start runs: <c>deploy</c> (a service and an image pinned by digest, as a push would) and
/// <c>rollback</c> (traffic back to a previous revision still on the platform, no deploy, no analysis).
/// </summary>
/// <param name="routing">The services.</param>
/// <param name="starter">Starts runs.</param>
/// <param name="cloudRun">The platform, for the revisions.</param>
/// <param name="platform">The environment.</param>
/// <param name="time">The clock.</param>
internal sealed class StartCommands(DeployRouting routing, RunStarter starter, CloudRunClient cloudRun, PlatformSettings platform, TimeProvider time)
{
    public async Task<CommandResult> DeployAsync(CommandEvent command, CancellationToken cancellationToken)
    {
        var arguments = command.Arguments;
        var service = Service(command);
        var image = arguments.RequiredString("image");
        var at = image.IndexOf("@sha256:", StringComparison.Ordinal);
        if (at < 0 || image.Length - at - 1 != 71)
        {
            throw arguments.Fail($"field 'image' must be pinned by digest (registry/namespace/repo[:tag]@sha256:<64 hex>), not '{image}'");
        }

        var outcome = await starter.StartAsync(service.Name, image, image[(at + 1)..], service.Steps, service.StepHash, cancellationToken);
        return new CommandResult(command.Name, outcome.Outcome != "duplicate", outcome.Message, null);
    }

    public async Task<CommandResult> RollbackAsync(CommandEvent command, CancellationToken cancellationToken)
    {
        var arguments = command.Arguments;
        var service = Service(command);
        var revision = arguments.RequiredString("revision");
        var status = await cloudRun.GetStatusAsync(platform.EnvId, service.Name, cancellationToken);
        var target = status.Versions.FirstOrDefault(v => v.VersionName == revision)
            ?? throw arguments.Fail($"field 'revision': {service.Name} has no version '{revision}' (versions: {string.Join(", ", status.Versions.Select(v => v.VersionName))})");
        var stable = status.Versions.OrderByDescending(v => v.Percent).FirstOrDefault()?.VersionName;
        if (stable == revision && target.Percent == 100)
        {
            return new CommandResult(command.Name, false, $"{revision} already serves all traffic", null);
        }

        var now = time.GetUtcNow();
        var digest = $"rollback:{revision}:{now.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}";
        var draft = RunFactory.Rollback(0, service.Name, revision, stable, target.ImageUrl ?? revision, digest, now);
        var outcome = await starter.StartRollbackAsync(draft, cancellationToken);
        return new CommandResult(command.Name, outcome.Outcome == "started", outcome.Message, null);
    }

    private ServiceConfig Service(CommandEvent command)
    {
        var name = command.Arguments.RequiredString("service");
        return routing.Config.Service(name)
            ?? throw command.Arguments.Fail($"field 'service': '{name}' is not in the deployment file (services: {string.Join(", ", routing.Config.Services.Select(s => s.Name))})");
    }
}
