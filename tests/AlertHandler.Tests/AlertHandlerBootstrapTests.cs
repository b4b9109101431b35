using Functions.TestSupport;

namespace Functions.AlertHandler.Tests;

[TestClass]
public sealed class AlertHandlerBootstrapTests : BootstrapContractTests
{
    protected override IReadOnlyDictionary<string, string> Environment { get; } = ContractEnvironment.Create();

    protected override string Project => "AlertHandler";
}
