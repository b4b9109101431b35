using Functions.TestSupport;

namespace Functions.DeployOrchestrator.Tests;

[TestClass]
public sealed class DeployOrchestratorBootstrapTests : BootstrapContractTests
{
    protected override IReadOnlyDictionary<string, string> Environment { get; } = ContractEnvironment.Create();

    protected override string Project => "DeployOrchestrator";

    // Runs, leases and the event log are all in PostgreSQL.
    protected override bool UsesRedis => false;
}
