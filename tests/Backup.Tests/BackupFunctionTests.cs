using Functions.Scf.Hosting;
using Functions.TestSupport;

namespace Functions.Backup.Tests;

[TestClass]
public sealed class BackupFunctionTests : FunctionContractTests
{
    protected override FunctionDefinition Definition => BackupFunction.Definition;
}
