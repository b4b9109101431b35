using Functions.Scf.Hosting;
using Functions.TestSupport;

namespace Functions.Autoscaler.Tests;

[TestClass]
public sealed class AutoscalerFunctionTests : FunctionContractTests
{
    protected override FunctionDefinition Definition => AutoscalerFunction.Definition;
}
