using System.Security.Cryptography;
using System.Text.Json;
using Functions.TestSupport;

namespace Functions.Backup.Tests.Sources.LabelStudio;

/// <summary>
/// Label Studio's export-snapshot API on loopback, stateful as the real one: a created export is <c>in_progress</c>
/// for a poll or two, then <c>completed</c> with the MD5 of the JSON its download returns; the legacy token is checked
/// on every call (401 otherwise). Projects are paginated one per page, so the client must follow pages.
/// </summary>
internal sealed partial class LabelStudioApiEmulator : IAsyncDisposable
{
    public const string Token = "ls-emulator-token-7d1f0c2b9e";

    private readonly Lock _gate = new();
    private readonly Dictionary<int, Export> _exports = [];
    private readonly List<string> _calls = [];
    private LoopbackServer? _server;
    private int _nextExportId = 40;

    private LabelStudioApiEmulator()
    {
    }

    public Uri BaseUrl => _server!.BaseUrl;

    /// <summary>Projects and their task counts.</summary>
    public Dictionary<int, int> Projects { get; } = new() { [1] = 3, [2] = 5 };

    /// <summary>Polls an export answers <c>in_progress</c> before it completes.</summary>
    public int PollsBeforeCompleted { get; set; } = 2;

    /// <summary>Completed exports report an MD5 that does not match their download.</summary>
    public bool WrongMd5 { get; set; }

    /// <summary>Exports end <c>failed</c>.</summary>
    public bool FailExports { get; set; }

    /// <summary>Every call, as <c>METHOD path</c>.</summary>
    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Titles of the exports created.</summary>
    public IReadOnlyList<string> Titles
    {
        get
        {
            lock (_gate)
            {
                return [.. _exports.Values.Select(e => e.Title)];
            }
        }
    }

    /// <summary>Exports created and not deleted.</summary>
    public int LiveExports
    {
        get
        {
            lock (_gate)
            {
                return _exports.Values.Count(e => !e.Deleted);
            }
        }
    }

    public static async Task<LabelStudioApiEmulator> StartAsync()
    {
        var emulator = new LabelStudioApiEmulator();
        emulator._server = await LoopbackServer.StartAsync(emulator.HandleAsync);
        return emulator;
    }

    /// <summary>The JSON a project's export downloads as: one task per task count, each with an annotation.</summary>
    public static byte[] TasksJson(int projectId, int tasks)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            for (var i = 1; i <= tasks; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("id", (projectId * 1000) + i);
                json.WriteStartObject("data");
                json.WriteString("image", $"/data/upload/{projectId}/abcd1234-image.png");
                json.WriteString("text", "ñandú 标注");
                json.WriteEndObject();
                json.WriteStartArray("annotations");
                json.WriteStartObject();
                json.WriteNumber("id", i);
                json.WriteString("result", "cat");
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteNumber("project", projectId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>MD5 as Label Studio records it for a snapshot.</summary>
#pragma warning disable CA5351 // Label Studio's protocol, not our integrity check.
    public static string Md5(byte[] bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));
#pragma warning restore CA5351

    private sealed class Export(int id, int projectId, string title)
    {
        public int Id { get; } = id;

        public int ProjectId { get; } = projectId;

        public string Title { get; } = title;

        public int Polls { get; set; }

        public bool Deleted { get; set; }
    }
}
