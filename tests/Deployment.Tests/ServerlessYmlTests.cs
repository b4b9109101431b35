using System.Text.RegularExpressions;
using Functions.TestSupport;
using YamlDotNet.RepresentationModel;

namespace Functions.Deployment.Tests;

/// <summary>serverless.yml against the repository: projects, image paths, crons, environment and secrets.</summary>
[TestClass]
public sealed partial class ServerlessYmlTests
{
    private static readonly YamlMappingNode Inputs = LoadInputs();

    private static YamlMappingNode FunctionsNode => (YamlMappingNode)Inputs["functions"];

    private static IEnumerable<YamlMappingNode> Triggers => ((YamlSequenceNode)Inputs["triggers"]).Children.Cast<YamlMappingNode>();

    [TestMethod]
    public void Functions_AreExactlyTheFunctionProjects()
    {
        var declared = FunctionsNode.Children.Keys.Select(k => k.ToString()).Order().ToArray();
        var projects = Directory.GetDirectories(Path.Combine(TestEnvironment.RepoRoot, "functions"))
            .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
            .Select(Path.GetFileName)
            .Order()
            .ToArray();

        Assert.AreSequenceEqual(projects, declared);
    }

    [TestMethod]
    public void EachFunction_StartsItsOwnBinaryFromTheImage_AsTheDockerfileLaysItOut()
    {
        var dockerfile = File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "Dockerfile"));
        foreach (var (key, node) in FunctionsNode.Children)
        {
            var image = (YamlMappingNode)((YamlMappingNode)node)["image"];
            var binary = $"/var/user/{key}/bootstrap";

            Assert.AreEqual(binary, image["command"].ToString(), $"{key}: image command");
            Assert.AreEqual("serve --port 9000", image["args"].ToString(), $"{key}: SCF image functions listen on 9000");
            Assert.Contains($"COPY artifacts/publish/{key}/release_linux-x64/bootstrap {binary}", dockerfile);
        }
    }

    [TestMethod]
    [TestCategory("Integration")]
    public void EachFunction_HasAPublishedNativeBinary()
    {
        foreach (var key in FunctionsNode.Children.Keys)
        {
            _ = TestEnvironment.RequireBootstrap(key.ToString());
        }
    }

    [TestMethod]
    public void Timers_AreValidSevenFieldExpressions()
    {
        var timers = Triggers.Where(t => t["type"].ToString() == "timer").ToArray();

        Assert.IsGreaterThanOrEqualTo(4, timers.Length);
        foreach (var timer in timers)
        {
            var parameters = (YamlMappingNode)timer["parameters"];
            var cron = parameters["cronExpression"].ToString();
            Assert.IsEmpty(ScfCronExpression.Problems(cron), $"{parameters["name"]}: '{cron}'");
            Assert.AreEqual("true", parameters["enable"].ToString(), "a trigger without enable: true is created disabled");
        }
    }

    [TestMethod]
    public void Triggers_ReferenceDeclaredFunctions_AndGiveTheCallbacksFunctionUrls()
    {
        var functions = FunctionsNode.Children.Keys.Select(k => k.ToString()).ToHashSet();
        foreach (var trigger in Triggers)
        {
            Assert.Contains(trigger["function"].ToString(), functions);
        }

        var urls = Triggers.Where(t => t["type"].ToString() == "http").Select(t => t["function"].ToString()).Order().ToArray();
        Assert.AreSequenceEqual(new[] { "AlertHandler", "DeployOrchestrator" }, urls);
        Assert.Contains(t => t["function"].ToString() == "Backup" && t["type"].ToString() == "timer", Triggers);
        Assert.Contains(t => t["function"].ToString() == "Autoscaler" && t["type"].ToString() == "timer", Triggers);
    }

    [TestMethod]
    public void Environment_NamesAreAllowed_AndFitSCFsLimit()
    {
        foreach (var (key, variables) in EnvironmentOf())
        {
            var size = 0;
            foreach (var (name, value) in variables)
            {
                Assert.IsTrue(ValidName().IsMatch(name), $"{key}: '{name}' must match [a-zA-Z][a-zA-Z0-9_]*");
                Assert.IsFalse(ReservedPrefix().IsMatch(name), $"{key}: '{name}' uses a prefix SCF reserves");
                size += name.Length + value.Length;
            }

            Assert.IsLessThan(4096, size, $"{key}: SCF allows 4 KB of environment variables");
        }
    }

    [TestMethod]
    public void Secrets_AreNeverInlined()
    {
        foreach (var (key, variables) in EnvironmentOf())
        {
            foreach (var (name, value) in variables)
            {
                var sensitive = SecretName().IsMatch(name) || name.EndsWith("_URL", StringComparison.Ordinal) || name == "BACKUP_REPOSITORY";
                if (sensitive)
                {
                    Assert.IsTrue(IsReference(value), $"{key}: {name} must come from ${{env:…}} or ssm://, not be written in the file");
                }

                Assert.IsFalse(UrlWithPassword().IsMatch(value), $"{key}: {name} holds a URL with a password");
            }
        }

        var text = File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "serverless.yml"));
        Assert.IsFalse(TencentSecretId().IsMatch(text), "a Tencent Cloud SecretId is written in serverless.yml");
    }

    private static bool IsReference(string value) =>
        EnvReference().IsMatch(value) || value.StartsWith("ssm://", StringComparison.Ordinal);

    private static IEnumerable<(string Function, List<(string Name, string Value)> Variables)> EnvironmentOf() =>
        FunctionsNode.Children.Select(f =>
        {
            var environment = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)f.Value)["environment"])["variables"];
            return (f.Key.ToString(), environment.Children.Select(v => (v.Key.ToString(), v.Value.ToString())).ToList());
        });

    private static YamlMappingNode LoadInputs()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(TestEnvironment.RepoRoot, "serverless.yml"));
        stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Assert.AreEqual("multi-scf", root["component"].ToString());
        return (YamlMappingNode)root["inputs"];
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_]*$")]
    private static partial Regex ValidName();

    [GeneratedRegex("^(SCF_|QCLOUD_|TENCENTCLOUD_)")]
    private static partial Regex ReservedPrefix();

    [GeneratedRegex("(TOKEN|SECRET|PASSWORD|_KEY$)")]
    private static partial Regex SecretName();

    [GeneratedRegex(@"^\$\{env:[A-Za-z_][A-Za-z0-9_]*\}$")]
    private static partial Regex EnvReference();

    [GeneratedRegex(@"://[^/@\s:]+:[^/@\s]+@")]
    private static partial Regex UrlWithPassword();

    [GeneratedRegex(@"AKID[A-Za-z0-9]{13,}")]
    private static partial Regex TencentSecretId();
}
