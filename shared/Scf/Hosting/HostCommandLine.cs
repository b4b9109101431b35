using System.CommandLine;
using System.CommandLine.Invocation;

namespace Functions.Scf.Hosting;

/// <summary>The <c>bootstrap</c> command line: no verb (Custom Runtime), <c>serve</c> and <c>invoke</c>.</summary>
internal sealed class HostCommandLine
{
    public HostCommandLine(FunctionDefinition function)
    {
        PortOption.Validators.Add(static result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be from 0 to 65535.");
            }
        });
        TimeoutOption.Validators.Add(static result =>
        {
            if (result.GetValueOrDefault<int?>() is <= 0)
            {
                result.AddError("--timeout-ms must be a positive number of milliseconds.");
            }
        });
        Serve = new Command("serve", "Image function: listen on 0.0.0.0 and answer POST /event-invoke.") { PortOption };
        Invoke = new Command("invoke", "Run one event locally: result JSON on stdout (exit 0), error JSON on stderr (exit 1).")
        {
            EventOption,
            RequestIdOption,
            TimeoutOption,
        };
        Root = new RootCommand(
            $"{function.Name}: {function.Summary}{Environment.NewLine}" +
            "With SCF_RUNTIME_API and SCF_RUNTIME_API_PORT set and no verb, runs the SCF Custom Runtime loop.")
        {
            Serve,
            Invoke,
        };

        // The modes share one marker action: it makes a bare 'bootstrap' valid (Custom Runtime) and lets the
        // host tell a mode apart from --help and --version, whose actions System.CommandLine supplies.
        Root.Action = ModeAction;
        Serve.Action = ModeAction;
        Invoke.Action = ModeAction;
    }

    public static SynchronousCommandLineAction ModeAction { get; } = new ModeMarker();

    public RootCommand Root { get; }

    public Command Serve { get; }

    public Command Invoke { get; }

    public Option<int> PortOption { get; } = new("--port", "-p")
    {
        Description = "Port to listen on (SCF requires 9000; 0 picks a free port).",
        DefaultValueFactory = _ => 9000,
    };

    public Option<string> EventOption { get; } = new("--event", "-e")
    {
        Description = "The event JSON file, or - for stdin.",
        Required = true,
    };

    public Option<string?> RequestIdOption { get; } = new("--request-id")
    {
        Description = "Request id for the invocation (default: local-<random>).",
    };

    public Option<int?> TimeoutOption { get; } = new("--timeout-ms")
    {
        Description = "Time limit in milliseconds (default: DEFAULT_TIMEOUT_MS).",
    };

    public ParseResult Parse(string[] args) => Root.Parse(args);

    private sealed class ModeMarker : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult) => ExitCodes.Success;
    }
}
