using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.Scf.Logging;

/// <summary>A logger of <see cref="JsonLineLoggerProvider"/>.</summary>
/// <param name="category">The category (usually a type name).</param>
/// <param name="provider">The provider that owns the writer and scopes.</param>
internal sealed class JsonLineLogger(string category, JsonLineLoggerProvider provider) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => provider.Scopes.Push(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= provider.MinimumLevel;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        provider.Writer.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), provider.Scopes);
    }
}
