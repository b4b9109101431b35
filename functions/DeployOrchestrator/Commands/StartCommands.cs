using System.Globalization;
using Functions.DeployOrchestrator.Configuration;
using Functions.DeployOrchestrator.Domain;
using Functions.DeployOrchestrator.Platform;
using Functions.DeployOrchestrator.Results;
using Functions.DeployOrchestrator.Runs;
using Functions.DeployOrchestrator.State;
using Functions.Scf.Events;
using Functions.TencentCloud.CloudRun;

namespace Functions.DeployOrchestrator.Commands;

/// <summary>
/// The commands that start runs: <c>deploy</c> (a service and an image pinned by digest, as a push would) and
/// <c>rollback</c> (traffic back to a previous revision still on the platform, no deploy, no analysis).
/// </summary>
/// <param name="routing">The services.</param>
/// <param name="starter">Starts runs.</param>
/// <param name="store">The runs, for the images of earlier revisions.</param>
/// <param name="cloudRun">The platform, for the revisions.</param>
/// <param name="platform">The environment.</param>
/// <param name="time">The clock.</param>
internal sealed class StartCommands(DeployRouting routing, RunStarter starter, RunStore store, CloudRunClient cloudRun, PlatformSettings platform, TimeProvider time)
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
        var revision = arguments.OptionalString("revision");
        var image = arguments.OptionalString("image");
        if ((revision is null) == (image is null))
        {
            throw arguments.Fail("needs exactly one of field 'revision' (a version name, e.g. superinsight-012) or 'image' (pinned by digest)");
        }

        var status = await cloudRun.GetStatusAsync(platform.EnvId, service.Name, cancellationToken);
        var stable = status.Versions.OrderByDescending(v => v.Percent).FirstOrDefault()?.VersionName;
        var now = time.GetUtcNow();
        var digest = $"rollback:{revision ?? image}:{now.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}";
        if (revision is not null && status.Versions.FirstOrDefault(v => v.VersionName == revision) is { } online)
        {
            // Still on the platform: traffic only.
            if (online.Percent == 100)
            {
                return new CommandResult(command.Name, false, $"{revision} already serves all traffic", null);
            }

            var draft = RunFactory.Rollback(0, service.Name, revision, stable, online.ImageUrl ?? revision, digest, now);
            return Result(command, await starter.StartRollbackAsync(draft, cancellationToken));
        }

        // Gone from the platform (tcbr keeps no offline versions): deploy its image again, straight to all traffic.
        var target = image ?? await ImageOfAsync(service.Name, revision!, cancellationToken)
            ?? throw arguments.Fail($"field 'revision': {revision} is no longer on the platform and no run of {service.Name} deployed it; give its 'image' instead");
        IReadOnlyList<RunStep> steps = [new SetWeightStep(100)];
        var redeploy = RunFactory.Create(0, service.Name, target, digest, steps, StepHasher.Hash(steps), now) with { Reason = $"rollback to {revision ?? target}" };
        return Result(command, await starter.StartRollbackAsync(redeploy, cancellationToken));
    }

    private async Task<string?> ImageOfAsync(string service, string revision, CancellationToken cancellationToken) =>
        (await store.RunsOfAsync(service, 100, cancellationToken)).FirstOrDefault(r => r.State.NewVersion == revision)?.State.Image;

    private static CommandResult Result(CommandEvent command, StartOutcome outcome) =>
        new(command.Name, outcome.Outcome == "started", outcome.Message, null);

    private ServiceConfig Service(CommandEvent command)
    {
        var name = command.Arguments.RequiredString("service");
        return routing.Config.Service(name)
            ?? throw command.Arguments.Fail($"field 'service': '{name}' is not in the deployment file (services: {string.Join(", ", routing.Config.Services.Select(s => s.Name))})");
    }
}
