using Functions.Scf.Hosting;
using Functions.TestSupport;

namespace Functions.DeployOrchestrator.Tests;

[TestClass]
public sealed class DeployOrchestratorFunctionTests : FunctionContractTests
{
    protected override IReadOnlyDictionary<string, string> Environment { get; } = ContractEnvironment.Create();

    protected override FunctionDefinition Definition => DeployOrchestratorFunction.Definition;
}
