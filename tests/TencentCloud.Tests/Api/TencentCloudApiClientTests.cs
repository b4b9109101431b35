using Functions.TencentCloud.Api;
using Functions.TencentCloud.CloudRun;
using Functions.TencentCloud.Credentials;

namespace Functions.TencentCloud.Tests.Api;

/// <summary>The API client against the signature-verifying emulator: signing, errors, retries, budget, skew, credentials.</summary>
[TestClass]
public sealed class TencentCloudApiClientTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Call_SignedCorrectly_IsAcceptedWithRegionAndNoToken()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        cloud.Emulator.CloudRun.AddService("env-1", "superinsight", "tcr/app:v1");

        var services = await new CloudRunClient(cloud.Client).ListServicesAsync("env-1", TestContext.CancellationToken);

        Assert.AreEqual("superinsight", services.Single().ServerName);
        var call = cloud.Emulator.Calls.Single();
        Assert.AreEqual("tcbr", call.Service);
        Assert.AreEqual("DescribeCloudRunServers", call.Action);
        Assert.AreEqual("ap-shanghai", call.Region);
        Assert.IsNull(call.Token);
        Assert.IsEmpty(cloud.Emulator.Rejections);
    }

    [TestMethod]
    public async Task Call_ServiceError_BecomesATypedExceptionWithCodeMessageRequestIdAndAction()
    {
        await using var cloud = await EmulatedCloud.StartAsync();

        var error = await Assert.ThrowsExactlyAsync<TencentCloudApiException>(() =>
            new CloudRunClient(cloud.Client).DescribeServiceAsync("env-1", "missing", TestContext.CancellationToken));

        Assert.AreEqual("ResourceNotFound", error.Code);
        Assert.AreEqual("tcbr", error.Service);
        Assert.AreEqual("DescribeCloudRunServerDetail", error.Action);
        Assert.IsNotNull(error.RequestId);
        Assert.Contains("missing", error.ServiceMessage);
        Assert.HasCount(1, cloud.Emulator.Calls, "a service error that is not throttling is not retried");
    }

    [TestMethod]
    public async Task Call_Throttled_IsRetriedThenSucceeds()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        cloud.Emulator.CloudRun.AddService("env-1", "superinsight", "tcr/app:v1");
        cloud.Emulator.FailNext("DescribeCloudRunServerDetail", 2, "RequestLimitExceeded.UinLimitExceeded");

        var detail = await new CloudRunClient(cloud.Client).DescribeServiceAsync("env-1", "superinsight", TestContext.CancellationToken);

        Assert.AreEqual("superinsight", detail.BaseInfo!.ServerName);
        Assert.AreEqual(2, cloud.Logs.Lines.Count(l => l.Contains("failed with RequestLimitExceeded.UinLimitExceeded", StringComparison.Ordinal) && l.Contains("retrying", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Call_ThrottledBeyondTheBudget_SaysSoWithTheLastError()
    {
        await using var cloud = await EmulatedCloud.StartAsync(budget: TimeSpan.FromMilliseconds(600));
        cloud.Emulator.FailNext("DescribeCloudRunServers", 1000);

        var error = await Assert.ThrowsExactlyAsync<TencentCloudApiException>(() =>
            new CloudRunClient(cloud.Client).ListServicesAsync("env-1", TestContext.CancellationToken));

        Assert.IsTrue(error.Code is ApiErrorCodes.RetryBudgetExhausted or ApiErrorCodes.RequestLimitExceeded, error.Code);
        Assert.Contains("RequestLimitExceeded", error.Message);
    }

    [TestMethod]
    public async Task Call_GatewayError_IsRetriedEvenForADeploy()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        cloud.Emulator.CloudRun.AddService("env-1", "superinsight", "tcr/app:v1");
        cloud.Emulator.FailNextWithStatus("UpdateCloudRunServer", 1, 502);

        var task = await new CloudRunClient(cloud.Client).DeployImageAsync("env-1", "superinsight", "tcr/app:v2", gray: true, "test", TestContext.CancellationToken);

        Assert.IsGreaterThan(0L, task);
        Assert.HasCount(2, cloud.Emulator.CloudRun.Get("env-1", "superinsight").Versions);
    }

    [TestMethod]
    public async Task Call_DroppedAnswer_IsRetriedForIdempotentCallsOnly()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        cloud.Emulator.CloudRun.AddService("env-1", "superinsight", "tcr/app:v1");
        var client = new CloudRunClient(cloud.Client);
        cloud.Emulator.DropNext("DescribeCloudRunServerDetail", 1);
        cloud.Emulator.DropNext("UpdateCloudRunServer", 1);

        var detail = await client.DescribeServiceAsync("env-1", "superinsight", TestContext.CancellationToken);
        var deploy = await Assert.ThrowsExactlyAsync<TencentCloudApiException>(() =>
            client.DeployImageAsync("env-1", "superinsight", "tcr/app:v2", gray: false, null, TestContext.CancellationToken));

        Assert.AreEqual("superinsight", detail.BaseInfo!.ServerName);
        Assert.AreEqual(ApiErrorCodes.ClientNetworkError, deploy.Code);
        Assert.HasCount(1, cloud.Emulator.CloudRun.Get("env-1", "superinsight").Versions, "a deploy whose answer was lost is not sent again");
    }

    [TestMethod]
    public async Task Call_ServerClockAhead_IsReSignedWithTheServersTime()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        cloud.Emulator.CloudRun.AddService("env-1", "superinsight", "tcr/app:v1");
        cloud.Emulator.ClockSkew = TimeSpan.FromMinutes(12);

        var detail = await new CloudRunClient(cloud.Client).DescribeServiceAsync("env-1", "superinsight", TestContext.CancellationToken);
        var again = await new CloudRunClient(cloud.Client).DescribeServiceAsync("env-1", "superinsight", TestContext.CancellationToken);

        Assert.AreEqual("superinsight", detail.BaseInfo!.ServerName);
        Assert.AreEqual("superinsight", again.BaseInfo!.ServerName);
        Assert.AreSequenceEqual(["AuthFailure.SignatureExpire"], cloud.Emulator.Rejections, "only the first request is rejected; the offset is kept");
        Assert.IsLessThan(30, Math.Abs((cloud.Client.ClockOffset - TimeSpan.FromMinutes(12)).TotalSeconds));
    }

    [TestMethod]
    public async Task Call_TemporaryCredentials_SendTheSessionToken()
    {
        await using var cloud = await EmulatedCloud.StartAsync(sessionToken: "session-token-abc");
        cloud.Emulator.CloudRun.AddService("env-1", "superinsight", "tcr/app:v1");

        await new CloudRunClient(cloud.Client).ListServicesAsync("env-1", TestContext.CancellationToken);

        Assert.AreEqual("session-token-abc", cloud.Emulator.Calls.Single().Token);
    }

    [TestMethod]
    [DataRow("wrong-secret-key", null, "AuthFailure.SignatureFailure")]
    [DataRow(EmulatedCloud.SecretKey, "stale-token", "AuthFailure.TokenFailure")]
    public async Task Call_BadCredentials_AreRejectedOnceAndNeverLogged(string key, string? token, string expected)
    {
        await using var cloud = await EmulatedCloud.StartAsync(credentials: new TencentCloudCredentials(EmulatedCloud.SecretId, key, token));

        var error = await Assert.ThrowsExactlyAsync<TencentCloudApiException>(() =>
            new CloudRunClient(cloud.Client).ListServicesAsync("env-1", TestContext.CancellationToken));

        Assert.AreEqual(expected, error.Code);
        Assert.AreSequenceEqual([expected], cloud.Emulator.Rejections);
        Assert.DoesNotContain(key, error.ToString());
        Assert.DoesNotContain(l => l.Contains(key, StringComparison.Ordinal), cloud.Logs.Lines);
    }

    [TestMethod]
    public async Task Call_NoCredentials_SaysWhereToSetThem()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        var client = new TencentCloudApiClient(new HttpClient(), new TencentCloudApiOptions { Endpoint = cloud.Emulator.Endpoint },
            new CredentialsChain([]), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<TencentCloudApiClient>.Instance);

        var error = await Assert.ThrowsExactlyAsync<TencentCloudApiException>(() =>
            new CloudRunClient(client).ListServicesAsync("env-1", TestContext.CancellationToken));

        Assert.Contains("TENCENTCLOUD_SECRETID", error.Message);
        Assert.IsEmpty(cloud.Emulator.Calls);
    }
}
