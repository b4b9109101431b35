using Functions.Scf.Hosting;
using Functions.TestSupport;

namespace Functions.Backup.Tests;

[TestClass]
public sealed class BackupFunctionTests : FunctionContractTests
{
    protected override IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        ["BACKUP_REPOSITORY"] = "file:///tmp/backup-contract-repository",
        ["LABEL_STUDIO_DATA_DIR"] = "/tmp/backup-contract-labelstudio",
    };

    protected override FunctionDefinition Definition => BackupFunction.Definition;
}
