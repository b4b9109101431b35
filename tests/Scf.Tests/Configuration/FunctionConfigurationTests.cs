using Functions.Scf.Configuration;

namespace Functions.Scf.Tests.Configuration;

[TestClass]
public sealed class FunctionConfigurationTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Build_EnvironmentOverridesTheConfigFile()
    {
        var file = WriteConfig("""{ "LOG_LEVEL": "Debug", "TCB_SERVICE_NAME": "from-file", "routes": { "receiver": "oncall" } }""");

        var configuration = FunctionConfiguration.Build(new Dictionary<string, string?>
        {
            ["OPS_CONFIG_FILE"] = file,
            ["LOG_LEVEL"] = "Warning",
        });

        Assert.AreEqual("Warning", configuration["LOG_LEVEL"]);
        Assert.AreEqual("from-file", configuration["TCB_SERVICE_NAME"]);
        Assert.AreEqual("oncall", configuration["routes:receiver"]);
    }

    [TestMethod]
    public void Build_MissingFile_NamesTheVariableAndPath()
    {
        var error = Assert.ThrowsExactly<ConfigurationException>(() =>
            FunctionConfiguration.Build(new Dictionary<string, string?> { ["OPS_CONFIG_FILE"] = "/nonexistent/ops.json" }));

        Assert.Contains("OPS_CONFIG_FILE", error.Message);
        Assert.Contains("/nonexistent/ops.json", error.Message);
    }

    [TestMethod]
    [DataRow("{ \"a\": ", "not valid JSON")]
    [DataRow("[1, 2]", "must be a JSON object")]
    public void Build_BadFile_SaysWhatIsWrong(string content, string expected)
    {
        var file = WriteConfig(content);

        var error = Assert.ThrowsExactly<ConfigurationException>(() =>
            FunctionConfiguration.Build(new Dictionary<string, string?> { ["OPS_CONFIG_FILE"] = file }));

        Assert.Contains(expected, error.Message);
        Assert.Contains("OPS_CONFIG_FILE", error.Message);
    }

    [TestMethod]
    public void Build_FileWithComments_IsAccepted()
    {
        var file = WriteConfig("""
            {
              // operators annotate their config
              "LOG_LEVEL": "Debug",
            }
            """);

        var configuration = FunctionConfiguration.Build(new Dictionary<string, string?> { ["OPS_CONFIG_FILE"] = file });

        Assert.AreEqual("Debug", configuration["LOG_LEVEL"]);
    }

    private string WriteConfig(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ops-config-{TestContext.TestName}-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }
}
