using System.Text.Json;
using Functions.Scf.Events;
using Functions.Scf.Hosting;
using Functions.TencentCloud.Credentials;
using Microsoft.Extensions.Configuration;

namespace Functions.ProbeFunction;

internal sealed class ProbeHandler(IConfiguration configuration, TimeProvider time, IServiceProvider services) : IFunctionHandler
{
    public async Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context, CancellationToken cancellationToken)
    {
        if (invocationEvent is not CommandEvent command)
        {
            return InvocationResult.FromJson(JsonSerializer.SerializeToUtf8Bytes(invocationEvent.Json, ProbeJsonContext.Default.JsonElement));
        }

        switch (command.Name)
        {
            case "echo":
                return InvocationResult.FromJson(JsonSerializer.SerializeToUtf8Bytes(command.Json, ProbeJsonContext.Default.JsonElement));
            case "throw":
                throw new InvalidOperationException("probe failure on request");
            case "sleep":
                var ms = command.Arguments.OptionalInt64("ms") ?? 1000;
                var ignore = command.Arguments.OptionalBoolean("ignoreCancellation") ?? false;
                await Task.Delay(TimeSpan.FromMilliseconds(ms), time, ignore ? CancellationToken.None : cancellationToken);
                return InvocationResult.FromJson("{\"slept\":true}"u8.ToArray());
            case "leak":
                var name = command.Arguments.RequiredString("variable");
                throw new InvalidOperationException($"the value of {name} is {configuration[name]}");
            case "credentials":
                var credentials = CredentialsChain.Default().TryGetCredentials();
                var report = new CredentialsReport(credentials?.SecretId, credentials?.IsTemporary ?? false);
                return InvocationResult.From(report, ProbeJsonContext.Default.CredentialsReport);
            case "cloud":
                var cloud = await CloudProbe.RunAsync(services, command.Arguments, time, cancellationToken);
                return InvocationResult.From(cloud, ProbeJsonContext.Default.CloudReport);
            default:
                throw ProbeDefinition.Definition.UnknownCommand(command);
        }
    }
}
