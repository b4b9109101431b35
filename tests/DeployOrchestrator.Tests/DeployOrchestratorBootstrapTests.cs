using Functions.TestSupport;

namespace Functions.DeployOrchestrator.Tests;

[TestClass]
public sealed class DeployOrchestratorBootstrapTests : BootstrapContractTests
{
    protected override string Project => "DeployOrchestrator";
}
