using Functions.TencentCloud.Credentials;

namespace Functions.TencentCloud.Tests.Credentials;

[TestClass]
public sealed class CredentialsChainTests
{
    private static readonly TencentCloudCredentials Explicit = new("AKIDexplicit", "explicit-key");
    private static readonly TencentCloudCredentials Invocation = new("AKIDinvocation", "invocation-key", "invocation-token");

    [TestMethod]
    public void Chain_PrefersExplicit_ThenEnvironment_ThenInvocation()
    {
        var environment = new EnvironmentCredentials(Env(("TENCENTCLOUD_SECRETID", "AKIDenv"), ("TENCENTCLOUD_SECRETKEY", "env-key")));
        using var _ = InvocationCredentials.Use(Invocation);

        var withExplicit = new CredentialsChain([new StaticCredentials(Explicit), environment, new InvocationCredentials()]).TryGetCredentials();
        var withEnvironment = new CredentialsChain([environment, new InvocationCredentials()]).TryGetCredentials();
        var withInvocation = new CredentialsChain([new EnvironmentCredentials(Env()), new InvocationCredentials()]).TryGetCredentials();

        Assert.AreEqual(Explicit, withExplicit);
        Assert.AreEqual("AKIDenv", withEnvironment!.SecretId);
        Assert.AreEqual(Invocation, withInvocation);
    }

    [TestMethod]
    public void Environment_SessionToken_MakesTheKeysTemporary()
    {
        var provider = new EnvironmentCredentials(Env(
            ("TENCENTCLOUD_SECRETID", "AKIDrole"), ("TENCENTCLOUD_SECRETKEY", "role-key"), ("TENCENTCLOUD_SESSIONTOKEN", "role-token")));

        var credentials = provider.TryGetCredentials()!;

        Assert.IsTrue(credentials.IsTemporary);
        Assert.AreEqual("role-token", credentials.SessionToken);
    }

    [TestMethod]
    public void Environment_HalfConfigured_HasNoCredentials()
    {
        Assert.IsNull(new EnvironmentCredentials(Env(("TENCENTCLOUD_SECRETID", "AKIDonly"))).TryGetCredentials());
    }

    [TestMethod]
    public void GetCredentials_NoneAnywhere_SaysWhereItLooked()
    {
        var chain = new CredentialsChain([new EnvironmentCredentials(Env()), new InvocationCredentials()]);

        var error = Assert.ThrowsExactly<InvalidOperationException>(chain.GetCredentials);

        Assert.Contains("TENCENTCLOUD_SECRETID", error.Message);
        Assert.Contains("X-Scf-Secret-Id", error.Message);
    }

    [TestMethod]
    public async Task Invocation_ConcurrentFlows_SeeOnlyTheirOwnKeys()
    {
        var seen = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            using var _ = InvocationCredentials.Use(new TencentCloudCredentials($"AKID{i}", $"key{i}"));
            await Task.Yield();
            return (i, new InvocationCredentials().TryGetCredentials()!.SecretId);
        })));

        foreach (var (i, id) in seen)
        {
            Assert.AreEqual($"AKID{i}", id);
        }

        Assert.IsNull(new InvocationCredentials().TryGetCredentials());
    }

    [TestMethod]
    public void ToString_NeverShowsTheKeyOrToken()
    {
        var text = new TencentCloudCredentials("AKIDvisible", "very-secret-key", "very-secret-token").ToString();

        Assert.Contains("AKIDvisible", text);
        Assert.DoesNotContain("very-secret", text);
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return name => map.GetValueOrDefault(name);
    }
}
