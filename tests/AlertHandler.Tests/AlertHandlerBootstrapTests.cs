using Functions.TestSupport;

namespace Functions.AlertHandler.Tests;

[TestClass]
public sealed class AlertHandlerBootstrapTests : BootstrapContractTests
{
    protected override string Project => "AlertHandler";
}
