using Functions.Scf.Hosting;
using Functions.TestSupport;

namespace Functions.AlertHandler.Tests;

[TestClass]
public sealed class AlertHandlerFunctionTests : FunctionContractTests
{
    protected override IReadOnlyDictionary<string, string> Environment { get; } = ContractEnvironment.Create();

    protected override FunctionDefinition Definition => AlertHandlerFunction.Definition;
}
