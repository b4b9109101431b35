using Functions.TestSupport;

namespace Functions.Backup.Tests;

[TestClass]
public sealed class BackupBootstrapTests : BootstrapContractTests
{
    protected override IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        ["BACKUP_REPOSITORY"] = "file:///tmp/backup-contract-repository",
        ["LABEL_STUDIO_DATA_DIR"] = "/tmp/backup-contract-labelstudio",
    };

    protected override string Project => "Backup";
}
