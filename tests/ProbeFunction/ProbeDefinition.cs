using Functions.Scf.Cloud;
using Functions.Scf.Configuration;
using Functions.Scf.Events;
using Functions.Scf.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.ProbeFunction;

internal static class ProbeDefinition
{
    public static readonly FunctionDefinition Definition = new()
    {
        Name = "Probe",
        Summary = "Test fixture: echoes, throws, sleeps and leaks on command.",
        EventKinds = [EventKind.Command, EventKind.Timer, EventKind.Http],
        Commands =
        [
            new("echo", "Return the event."),
            new("throw", "Throw an unexpected exception."),
            new("sleep", "Sleep {\"ms\":N}; {\"ignoreCancellation\":true} ignores the deadline."),
            new("leak", "Fail with a message holding the value of {\"variable\":NAME}."),
            new("credentials", "Report the cloud credentials the chain sees."),
            new("cloud", "Call each typed cloud API once: {\"envId\":…,\"service\":…,\"secret\":…,\"function\":…}."),
        ],
        Variables = [new("PROBE_TOKEN", "A secret for redaction tests.", Sensitivity: Sensitivity.Secret)],
        ConfigureServices = function =>
        {
            function.AddTencentCloud();
            function.Services.AddScoped<IFunctionHandler, ProbeHandler>();
        },
    };
}
