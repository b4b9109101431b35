using Functions.TestSupport;

namespace Functions.Autoscaler.Tests;

[TestClass]
public sealed class AutoscalerBootstrapTests : BootstrapContractTests
{
    protected override string Project => "Autoscaler";
}
