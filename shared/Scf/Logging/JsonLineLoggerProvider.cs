using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Functions.Scf.Logging;

/// <summary>
/// Writes each log entry as one JSON line, synchronously. The console logger's background queue is the wrong
/// fit here: SCF freezes the instance as soon as the response is posted, and queued lines would surface minutes
/// later under another request, or never.
/// </summary>
public sealed class JsonLineLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentDictionary<string, JsonLineLogger> _loggers = new(StringComparer.Ordinal);
    private readonly JsonLineWriter _writer;
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <summary>Creates the provider.</summary>
    /// <param name="output">Where lines go (stdout, or stderr when stdout carries a result).</param>
    /// <param name="redactor">Masks secrets in every line.</param>
    /// <param name="time">The clock for timestamps.</param>
    /// <param name="minimumLevel">The least level written.</param>
    public JsonLineLoggerProvider(TextWriter output, SecretRedactor redactor, TimeProvider time, LogLevel minimumLevel)
    {
        _writer = new JsonLineWriter(output, redactor, time);
        MinimumLevel = minimumLevel;
    }

    /// <summary>The least level written.</summary>
    public LogLevel MinimumLevel { get; }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, name => new JsonLineLogger(name, this));

    /// <inheritdoc />
    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    /// <inheritdoc />
    public void Dispose() => _loggers.Clear();

    internal IExternalScopeProvider Scopes => _scopes;

    internal JsonLineWriter Writer => _writer;
}
