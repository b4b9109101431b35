using Functions.TencentCloud.CloudRun;
using Microsoft.Extensions.Logging;

namespace Functions.DeployOrchestrator.Platform;

internal sealed partial class CloudRunDeployer
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Run {RunId}: deployed {Image} to {Service} as {Version} (task {TaskId}, stable {Stable})")]
    private partial void LogDeployed(long runId, string service, string version, string image, long taskId, string? stable);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Run {RunId}: {Service} already runs {Image} as {Version}; not deploying again")]
    private partial void LogReused(long runId, string service, string version, string image);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Run {RunId}: {Service} traffic {Version} {Percent} % (other version {Other})")]
    private partial void LogTraffic(long runId, string service, string version, int percent, string? other);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Run {RunId}: {Service} release task {TaskId}: {Operation}")]
    private partial void LogOperated(long runId, string service, long taskId, ReleaseOperation operation);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "Run {RunId}: {Service} finalised on {Version}")]
    private partial void LogFinalised(long runId, string service, string version);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning, Message = "Run {RunId}: {Service} rolled back to {Stable} from {Version}: {Reason}")]
    private partial void LogRolledBack(long runId, string service, string? stable, string? version, string reason);
}
