using System.Text;
using System.Text.Json;
using Functions.Scf.Errors;
using Functions.Scf.Events;
using Functions.Scf.Hosting;

namespace Functions.TestSupport;

/// <summary>
/// What every function must do, tested in process: route each declared command and event kind, refuse unknown
/// commands listing the known ones, refuse kinds it does not serve. Each function's test project derives one.
/// </summary>
public abstract class FunctionContractTests
{
    public TestContext TestContext { get; set; } = null!;

    /// <summary>The function under test.</summary>
    protected abstract FunctionDefinition Definition { get; }

    /// <summary>The least configuration the function starts with.</summary>
    protected virtual IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>();

    [TestMethod]
    public async Task DeclaredCommands_AreAllRouted()
    {
        await using var application = Build();
        var runner = application.CreateRunner(HostMode.LocalInvoke);

        foreach (var command in Definition.Commands)
        {
            var outcome = await runner.InvokeAsync(Encoding.UTF8.GetBytes($$"""{"command":"{{command.Name}}"}"""), Request(), TestContext.CancellationToken);

            Assert.AreNotEqual(ErrorTypes.UnknownCommand, outcome.Error?.ErrorType, $"command '{command.Name}' is declared but not routed");
        }
    }

    [TestMethod]
    public async Task UnknownCommand_IsRefusedListingTheKnownOnes()
    {
        await using var application = Build();

        var outcome = await application.CreateRunner(HostMode.LocalInvoke).InvokeAsync("""{"command":"frobnicate"}"""u8.ToArray(), Request(), TestContext.CancellationToken);

        Assert.AreEqual(ErrorTypes.UnknownCommand, outcome.Error!.ErrorType);
        foreach (var command in Definition.AllCommands)
        {
            Assert.Contains(command.Name, outcome.Error.ErrorMessage);
        }
    }

    [TestMethod]
    public async Task EventKinds_ServedAreRouted_OthersAreUnsupported()
    {
        await using var application = Build();
        var runner = application.CreateRunner(HostMode.LocalInvoke);
        var samples = new Dictionary<EventKind, string>
        {
            [EventKind.Timer] = "timer.json",
            [EventKind.Http] = "http-function-url.json",
            [EventKind.Cos] = "cos-object-created.json",
            [EventKind.Alarm] = "alarm-metric.json",
        };

        foreach (var (kind, sample) in samples)
        {
            var outcome = await runner.InvokeAsync(SampleEvents.Read(sample), Request(), TestContext.CancellationToken);
            var unsupported = outcome.Error?.ErrorType == ErrorTypes.UnsupportedEvent;

            Assert.AreEqual(!Definition.EventKinds.Contains(kind), unsupported, $"{kind}: {outcome.Error?.ErrorMessage}");
            Assert.AreNotEqual(ErrorTypes.InvalidEvent, outcome.Error?.ErrorType);
        }
    }

    [TestMethod]
    public async Task HttpEvents_AnswerWithAnHttpResponse()
    {
        if (!Definition.EventKinds.Contains(EventKind.Http))
        {
            return;
        }

        await using var application = Build();
        var runner = application.CreateRunner(HostMode.LocalInvoke);

        var post = await runner.InvokeAsync(SampleEvents.Read("http-function-url.json"), Request(), TestContext.CancellationToken);
        var get = await runner.InvokeAsync("""{"httpMethod":"GET","path":"/","headers":{}}"""u8.ToArray(), Request(), TestContext.CancellationToken);

        Assert.IsTrue(post.Succeeded, post.Error?.ErrorMessage);
        Assert.AreEqual(405, JsonDocument.Parse(get.Result!.Utf8Json).RootElement.GetProperty("statusCode").GetInt32());
        Assert.AreEqual("POST", JsonDocument.Parse(get.Result.Utf8Json).RootElement.GetProperty("headers").GetProperty("Allow").GetString());
    }

    [TestMethod]
    public void Help_ListsEveryCommandAndVariable()
    {
        var help = HelpText.Sections(Definition);

        foreach (var command in Definition.AllCommands)
        {
            Assert.Contains(command.Name, help);
        }

        foreach (var variable in Definition.AllVariables)
        {
            Assert.Contains(variable.Name, help);
        }
    }

    [TestMethod]
    public void Readme_DocumentsEveryCommandAndVariable()
    {
        var readme = File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "README.md"));

        var missing = Definition.AllCommands.Select(c => c.Name).Concat(Definition.AllVariables.Select(v => v.Name))
            .Where(name => !readme.Contains($"`{name}`", StringComparison.Ordinal))
            .ToArray();

        Assert.IsEmpty(missing, $"README.md does not mention: {string.Join(", ", missing)}");
    }

    private FunctionApplication Build() =>
        TestFunctions.Build(Definition, TextWriter.Null, TimeProvider.System, Environment.ToDictionary(p => p.Key, p => (string?)p.Value));

    private static InvocationRequest Request() => new($"contract-{Guid.NewGuid():N}", TimeSpan.FromSeconds(30), 128);
}
