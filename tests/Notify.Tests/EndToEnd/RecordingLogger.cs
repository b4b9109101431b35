using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Functions.Notify.Tests.EndToEnd;

/// <summary>Keeps every formatted log line (with its exception) so a test can search them for secrets.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public RecordingLogger(ConcurrentQueue<string> lines) => Lines = lines;

    public ConcurrentQueue<string> Lines { get; }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
        Lines.Enqueue($"{logLevel} {formatter(state, exception)} {values} {exception}");
    }
}
