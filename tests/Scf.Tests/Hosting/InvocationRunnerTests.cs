using System.Text;
using System.Text.Json;
using Functions.Scf.Errors;
using Functions.Scf.Events;
using Functions.Scf.Hosting;
using Functions.TencentCloud.Credentials;
using Functions.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Functions.Scf.Tests.Hosting;

[TestClass]
public sealed class InvocationRunnerTests : IDisposable
{
    private static readonly byte[] Echo = """{"command":"echo","value":42}"""u8.ToArray();
    private readonly StringWriter _log = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    public TestContext TestContext { get; set; } = null!;

    public void Dispose() => _log.Dispose();

    [TestMethod]
    public async Task Invoke_Success_ReturnsTheResultAndLogsOneSummaryLine()
    {
        var runner = Runner(new DelegateHandler((e, _, _) => Task.FromResult(InvocationResult.FromJson(Encoding.UTF8.GetBytes(e.Json.GetRawText())))));

        var outcome = await runner.InvokeAsync(Echo, Request("req-ok"), TestContext.CancellationToken);

        Assert.IsTrue(outcome.Succeeded);
        Assert.AreEqual(42, JsonDocument.Parse(outcome.Result!.Utf8Json).RootElement.GetProperty("value").GetInt32());
        var summary = SummaryLine();
        Assert.AreEqual("req-ok", summary.GetProperty("requestId").GetString());
        Assert.AreEqual("TestFunction", summary.GetProperty("function").GetString());
        Assert.AreEqual("command", summary.GetProperty("eventKind").GetString());
        Assert.AreEqual("success", summary.GetProperty("outcome").GetString());
    }

    [TestMethod]
    public async Task Invoke_ExpectedFailure_ReportsItsTypeAndMessage()
    {
        var runner = Runner(new DelegateHandler((_, _, _) => throw new InvalidArgumentsException("field 'instances' must be positive")));

        var outcome = await runner.InvokeAsync(Echo, Request("req-bad"), TestContext.CancellationToken);

        Assert.AreEqual(ErrorTypes.InvalidArguments, outcome.Error!.ErrorType);
        Assert.AreEqual("field 'instances' must be positive", outcome.Error.ErrorMessage);
        Assert.AreEqual("req-bad", outcome.Error.RequestId);
        Assert.AreEqual("error", SummaryLine().GetProperty("outcome").GetString());
    }

    [TestMethod]
    public async Task Invoke_UnexpectedException_IsReportedByTypeAndLoggedWithItsStack()
    {
        var runner = Runner(new DelegateHandler((_, _, _) => throw new InvalidOperationException("boom")));

        var outcome = await runner.InvokeAsync(Echo, Request("req-boom"), TestContext.CancellationToken);

        Assert.AreEqual("InvalidOperationException", outcome.Error!.ErrorType);
        Assert.AreEqual("boom", outcome.Error.ErrorMessage);
        Assert.Contains("\"exception\":\"System.InvalidOperationException: boom", _log.ToString());
    }

    [TestMethod]
    public async Task Invoke_HandlerThatHonoursCancellation_TimesOutAtTheSoftDeadline()
    {
        var runner = Runner(new DelegateHandler(async (_, _, token) =>
        {
            await Task.Delay(TimeSpan.FromMinutes(10), _time, token);
            return InvocationResult.FromJson("{}"u8.ToArray());
        }));

        var outcome = await RunWithClockAsync(runner.InvokeAsync(Echo, Request("req-slow", TimeSpan.FromSeconds(3)), TestContext.CancellationToken));

        Assert.AreEqual(ErrorTypes.Timeout, outcome.Error!.ErrorType);
        Assert.Contains("2400 ms", outcome.Error.ErrorMessage, "3 s limit minus a margin capped at a fifth");
    }

    [TestMethod]
    public async Task Invoke_HandlerThatIgnoresCancellation_IsAbandonedAtTheHardStop()
    {
        var never = new TaskCompletionSource<InvocationResult>();
        var runner = Runner(new DelegateHandler((_, _, _) => never.Task));

        var outcome = await RunWithClockAsync(runner.InvokeAsync(Echo, Request("req-stuck", TimeSpan.FromSeconds(3)), TestContext.CancellationToken));

        Assert.AreEqual(ErrorTypes.Timeout, outcome.Error!.ErrorType);
        Assert.Contains("ignored its cancellation", _log.ToString());
    }

    [TestMethod]
    public async Task Invoke_Shutdown_IsReportedAsShutdownNotSuccess()
    {
        using var shutdown = new CancellationTokenSource();
        var runner = Runner(new DelegateHandler(async (_, _, token) =>
        {
            await shutdown.CancelAsync();
            await Task.Delay(TimeSpan.FromMinutes(1), _time, token);
            return InvocationResult.FromJson("{}"u8.ToArray());
        }));

        var outcome = await runner.InvokeAsync(Echo, Request("req-term"), shutdown.Token);

        Assert.AreEqual(ErrorTypes.Shutdown, outcome.Error!.ErrorType);
    }

    [TestMethod]
    public async Task Invoke_KindTheFunctionDoesNotServe_IsUnsupported()
    {
        var handler = new DelegateHandler((_, _, _) => Task.FromResult(InvocationResult.FromJson("{}"u8.ToArray())));
        var runner = Runner(handler);

        var outcome = await runner.InvokeAsync(SampleEvents.Read("cos-object-created.json"), Request("req-cos"), TestContext.CancellationToken);

        Assert.AreEqual(ErrorTypes.UnsupportedEvent, outcome.Error!.ErrorType);
        Assert.Contains("does not serve cos events", outcome.Error.ErrorMessage);
        Assert.IsEmpty(handler.Calls);
    }

    [TestMethod]
    public async Task Invoke_MalformedEvent_NeverReachesTheHandler()
    {
        var handler = new DelegateHandler((_, _, _) => Task.FromResult(InvocationResult.FromJson("{}"u8.ToArray())));
        var runner = Runner(handler);

        var outcome = await runner.InvokeAsync("{\"command\":"u8.ToArray(), Request("req-malformed"), TestContext.CancellationToken);

        Assert.AreEqual(ErrorTypes.InvalidEvent, outcome.Error!.ErrorType);
        Assert.IsEmpty(handler.Calls);
        Assert.AreEqual("unclassified", SummaryLine().GetProperty("eventKind").GetString());
    }

    [TestMethod]
    public async Task Invoke_HttpBodyOverTheLimit_Gets413WithoutTheHandler()
    {
        var handler = new DelegateHandler((_, _, _) => Task.FromResult(InvocationResult.FromJson("{}"u8.ToArray())));
        var runner = Runner(handler, new() { ["MAX_HTTP_BODY_BYTES"] = "10" });

        var outcome = await runner.InvokeAsync(SampleEvents.Read("http-function-url.json"), Request("req-big"), TestContext.CancellationToken);

        var response = JsonDocument.Parse(outcome.Result!.Utf8Json).RootElement;
        Assert.AreEqual(413, response.GetProperty("statusCode").GetInt32());
        Assert.Contains("limit is 10", response.GetProperty("body").GetString()!);
        Assert.IsEmpty(handler.Calls);
    }

    [TestMethod]
    public async Task Invoke_SecretsInErrorsAndResults_AreRedacted()
    {
        var runner = Runner(
            new DelegateHandler((e, _, _) => e is CommandEvent { Name: "echo" }
                ? Task.FromResult(InvocationResult.FromJson("{\"token\":\"tok-1234567\"}"u8.ToArray()))
                : throw new InvalidOperationException("login with tok-1234567 refused")),
            new() { ["TEST_TOKEN"] = "tok-1234567" });

        var result = await runner.InvokeAsync(Echo, Request("req-secret-1"), TestContext.CancellationToken);
        var error = await runner.InvokeAsync("""{"Type":"Timer"}"""u8.ToArray(), Request("req-secret-2"), TestContext.CancellationToken);

        Assert.AreEqual("{\"token\":\"***\"}", Encoding.UTF8.GetString(result.Result!.Utf8Json.Span));
        Assert.AreEqual("login with *** refused", error.Error!.ErrorMessage);
        Assert.DoesNotContain("tok-1234567", _log.ToString());
    }

    [TestMethod]
    public async Task Invoke_PerInvocationCredentials_AreVisibleOnlyDuringTheInvocation()
    {
        TencentCloudCredentials? seen = null;
        var runner = Runner(new DelegateHandler((_, _, _) =>
        {
            seen = new InvocationCredentials().TryGetCredentials();
            return Task.FromResult(InvocationResult.FromJson("{}"u8.ToArray()));
        }));
        var credentials = new TencentCloudCredentials("AKIDinvocation", "invocation-secret-key", "invocation-token");

        await runner.InvokeAsync(Echo, Request("req-creds") with { Credentials = credentials }, TestContext.CancellationToken);

        Assert.AreEqual(credentials, seen);
        Assert.IsNull(new InvocationCredentials().TryGetCredentials());
    }

    [TestMethod]
    public async Task Invoke_EachInvocation_GetsItsOwnScopedHandler()
    {
        var created = new List<DelegateHandler>();
        var definition = new FunctionDefinition
        {
            Name = "TestFunction",
            Summary = "A handler per scope.",
            EventKinds = [EventKind.Command],
            ConfigureServices = f => f.Services.AddScoped<IFunctionHandler>(_ =>
            {
                var handler = new DelegateHandler((_, _, _) => Task.FromResult(InvocationResult.FromJson("{}"u8.ToArray())));
                created.Add(handler);
                return handler;
            }),
        };
        var runner = TestFunctions.Build(definition, _log, _time).CreateRunner(HostMode.LocalInvoke);

        await runner.InvokeAsync(Echo, Request("a"), TestContext.CancellationToken);
        await runner.InvokeAsync(Echo, Request("b"), TestContext.CancellationToken);

        Assert.HasCount(2, created);
        Assert.AreNotSame(created[0], created[1]);
    }

    private InvocationRunner Runner(DelegateHandler handler, Dictionary<string, string?>? environment = null) =>
        TestFunctions.Build(TestFunctions.Definition(handler), _log, _time, environment).CreateRunner(HostMode.LocalInvoke);

    private static InvocationRequest Request(string id, TimeSpan? limit = null) => new(id, limit ?? TimeSpan.FromSeconds(30), 128);

    // Advances the fake clock until the invocation completes, so deadline behaviour is exact and quick.
    private async Task<InvocationOutcome> RunWithClockAsync(Task<InvocationOutcome> invocation)
    {
        for (var i = 0; i < 2000 && !invocation.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(TimeSpan.FromMilliseconds(1), TimeProvider.System, TestContext.CancellationToken);
        }

        return await invocation;
    }

    private JsonElement SummaryLine() =>
        JsonDocument.Parse(_log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => l.Contains("\"eventId\":10", StringComparison.Ordinal))).RootElement;
}
