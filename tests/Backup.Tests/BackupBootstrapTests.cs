using Functions.TestSupport;

namespace Functions.Backup.Tests;

[TestClass]
public sealed class BackupBootstrapTests : BootstrapContractTests
{
    protected override string Project => "Backup";
}
