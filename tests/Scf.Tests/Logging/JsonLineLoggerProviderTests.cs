using System.Text.Json;
using Functions.Scf.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Functions.Scf.Tests.Logging;

[TestClass]
public sealed partial class JsonLineLoggerProviderTests : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _output.Dispose();

    [TestMethod]
    public void Log_WritesOneJsonLineWithScopeAndProperties()
    {
        using var factory = Factory(new SecretRedactor([]));
        var logger = factory.CreateLogger("Test");

        using (logger.BeginScope(new InvocationScope("req-1", "Backup")))
        {
            LogBackedUp(logger, "postgres", 1234, TimeSpan.FromMilliseconds(12.5));
        }

        var line = _output.ToString().TrimEnd('\n');
        Assert.DoesNotContain("\n", line);
        var json = JsonDocument.Parse(line).RootElement;
        Assert.AreEqual("2026-11-27T09:00:00.000Z", json.GetProperty("time").GetString());
        Assert.AreEqual("Information", json.GetProperty("level").GetString());
        Assert.AreEqual("Backed up postgres: 1234 bytes in 00:00:00.0125000", json.GetProperty("message").GetString());
        Assert.AreEqual("postgres", json.GetProperty("source").GetString());
        Assert.AreEqual(1234, json.GetProperty("bytes").GetInt64());
        Assert.AreEqual(12.5, json.GetProperty("elapsed").GetDouble());
        Assert.AreEqual("req-1", json.GetProperty("requestId").GetString());
        Assert.AreEqual("Backup", json.GetProperty("function").GetString());
        Assert.AreEqual(7, json.GetProperty("eventId").GetInt32());
    }

    [TestMethod]
    public void Log_SecretsInMessageExceptionAndScope_AreRedacted()
    {
        using var factory = Factory(new SecretRedactor(["hunter22-secret"]));
        var logger = factory.CreateLogger("Test");

        using (logger.BeginScope(new Dictionary<string, object?> { ["Target"] = "hunter22-secret" }))
        {
            LogFailed(logger, "hunter22-secret", new InvalidOperationException("auth failed with hunter22-secret"));
        }

        var line = _output.ToString();
        Assert.DoesNotContain("hunter22", line);
        Assert.Contains("***", line);
        Assert.IsTrue(JsonDocument.Parse(line).RootElement.TryGetProperty("exception", out _));
    }

    [TestMethod]
    public void Log_PropertyInBothScopeAndMessage_IsWrittenOnce()
    {
        using var factory = Factory(new SecretRedactor([]));
        var logger = factory.CreateLogger("Test");

        using (logger.BeginScope(new InvocationScope("req-1", "Probe")))
        {
            LogRequest(logger, "req-1");
        }

        var line = _output.ToString();
        Assert.AreEqual(1, line.Split("\"requestId\"").Length - 1);
    }

    [TestMethod]
    public void Log_NumbersOfEveryWidth_AreWrittenExactly()
    {
        using var factory = Factory(new SecretRedactor([]));

        LogChecksum(factory.CreateLogger("Test"), ulong.MaxValue, long.MinValue);

        var json = JsonDocument.Parse(_output.ToString()).RootElement;
        Assert.AreEqual(ulong.MaxValue, json.GetProperty("crc").GetUInt64());
        Assert.AreEqual(long.MinValue, json.GetProperty("offset").GetInt64());
    }

    [TestMethod]
    public void Log_BelowMinimumLevel_WritesNothing()
    {
        using var factory = Factory(new SecretRedactor([]), LogLevel.Warning);

        LogBackedUp(factory.CreateLogger("Test"), "redis", 1, TimeSpan.Zero);

        Assert.AreEqual("", _output.ToString());
    }

    private ILoggerFactory Factory(SecretRedactor redactor, LogLevel level = LogLevel.Information) =>
        LoggerFactory.Create(b => b.SetMinimumLevel(level).AddProvider(new JsonLineLoggerProvider(_output, redactor, _time, level)));

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Backed up {Source}: {Bytes} bytes in {Elapsed}")]
    private static partial void LogBackedUp(ILogger logger, string source, long bytes, TimeSpan elapsed);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error, Message = "Could not connect with {Password}")]
    private static partial void LogFailed(ILogger logger, string password, Exception exception);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Checksum {Crc} at {Offset}")]
    private static partial void LogChecksum(ILogger logger, ulong crc, long offset);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Request {RequestId}")]
    private static partial void LogRequest(ILogger logger, string requestId);
}
