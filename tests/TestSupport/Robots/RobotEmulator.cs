using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

using Functions.Notify;

namespace Functions.TestSupport.Robots;

/// <summary>
/// WeCom, DingTalk and Feishu robots and a webhook on one loopback server, answering as the platforms do (HTTP 200
/// with an error code). DingTalk and Feishu verify signatures with their own computation (not the library's), and
/// reject a bad one with the documented codes (DingTalk 310000, Feishu 19021).
/// </summary>
public sealed class RobotEmulator : IAsyncDisposable
{
    public const string WeComKey = "wecom-key-7f3a9c";
    public const string DingTalkToken = "dingtalk-token-b81e";
    public const string DingTalkSecret = "SECdingtalk-secret-42";
    public const string FeishuToken = "feishu-token-5d2c";
    public const string FeishuSecret = "feishu-secret-9917";
    public const string WebhookToken = "webhook-bearer-61aa";

    private readonly TimeProvider _time;
    private LoopbackServer? _server;
    private int _failures;

    private RobotEmulator(TimeProvider time) => _time = time;

    /// <summary>Messages accepted, per path ("wecom", "dingtalk", "feishu", "webhook"), as raw JSON.</summary>
    public ConcurrentQueue<(string Robot, string Body)> Accepted { get; } = new();

    /// <summary>Requests answered with an error.</summary>
    public ConcurrentQueue<(string Robot, string Answer)> Rejected { get; } = new();

    /// <summary>How many of the next requests get HTTP 500.</summary>
    public int FailNext { set => Volatile.Write(ref _failures, value); }

    /// <summary>When set, WeCom answers this error code instead of accepting.</summary>
    public int? WeComErrorCode { get; set; }

    public static async Task<RobotEmulator> StartAsync(TimeProvider time)
    {
        var emulator = new RobotEmulator(time);
        emulator._server = await LoopbackServer.StartAsync(emulator.HandleAsync);
        return emulator;
    }

    /// <summary>The WeCom robot's webhook URL (its key is the credential).</summary>
    public Uri WeComUrl => new(_server!.BaseUrl, $"wecom/send?key={WeComKey}");

    /// <summary>The DingTalk robot's webhook URL (sign with <see cref="DingTalkSecret"/>).</summary>
    public Uri DingTalkUrl => new(_server!.BaseUrl, $"dingtalk/robot/send?access_token={DingTalkToken}");

    /// <summary>The Feishu bot's webhook URL (sign with <see cref="FeishuSecret"/>).</summary>
    public Uri FeishuUrl => new(_server!.BaseUrl, $"feishu/open-apis/bot/v2/hook/{FeishuToken}");

    /// <summary>The generic webhook (bearer <see cref="WebhookToken"/>).</summary>
    public Uri WebhookUrl => new(_server!.BaseUrl, "webhook");

    /// <summary>The messages one robot accepted.</summary>
    /// <param name="robot">wecom, dingtalk, feishu or webhook.</param>
    /// <returns>Their bodies, in order.</returns>
    public IReadOnlyList<string> AcceptedBy(string robot) => Accepted.Where(a => a.Robot == robot).Select(a => a.Body).ToArray();

    public ReceiverSettings WeCom(string name, params string[] mentions) =>
        new(name, ReceiverKind.WeCom, new Uri(_server!.BaseUrl, $"wecom/send?key={WeComKey}"), null, true, mentions);

    public ReceiverSettings DingTalk(string name, string secret = DingTalkSecret) =>
        new(name, ReceiverKind.DingTalk, new Uri(_server!.BaseUrl, $"dingtalk/robot/send?access_token={DingTalkToken}"), secret, true, ["13800001111"]);

    public ReceiverSettings Feishu(string name, string secret = FeishuSecret) =>
        new(name, ReceiverKind.Feishu, new Uri(_server!.BaseUrl, $"feishu/open-apis/bot/v2/hook/{FeishuToken}"), secret, true, ["@all"]);

    public ReceiverSettings Webhook(string name) =>
        new(name, ReceiverKind.Webhook, new Uri(_server!.BaseUrl, "webhook"), WebhookToken, true, []);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var robot = context.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
        if (Interlocked.Decrement(ref _failures) >= 0)
        {
            Rejected.Enqueue((robot, "500"));
            context.Response.StatusCode = 500;
            return;
        }

        var answer = robot switch
        {
            "wecom" => WeComAnswer(context.Request),
            "dingtalk" => DingTalkAnswer(context.Request),
            "feishu" => FeishuAnswer(context.Request, body),
            _ => context.Request.Headers.Authorization.ToString() == $"Bearer {WebhookToken}" ? null : "401",
        };
        if (answer is null)
        {
            Accepted.Enqueue((robot, body));
            answer = robot == "feishu" ? """{"code":0,"msg":"success","data":{}}""" : """{"errcode":0,"errmsg":"ok"}""";
        }
        else
        {
            Rejected.Enqueue((robot, answer));
            if (answer == "401")
            {
                context.Response.StatusCode = 401;
                return;
            }
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer, context.RequestAborted);
    }

    private string? WeComAnswer(HttpRequest request) =>
        request.Query["key"] != WeComKey ? """{"errcode":93000,"errmsg":"invalid webhook url, hint: [x]"}"""
        : WeComErrorCode is { } code ? $$"""{"errcode":{{code}},"errmsg":"api freq out of limit"}"""
        : null;

    private string? DingTalkAnswer(HttpRequest request)
    {
        var timestamp = long.Parse(request.Query["timestamp"]!, CultureInfo.InvariantCulture);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(DingTalkSecret), Encoding.UTF8.GetBytes($"{timestamp}\n{DingTalkSecret}")));
        var fresh = Math.Abs(_time.GetUtcNow().ToUnixTimeMilliseconds() - timestamp) < 3_600_000;
        return request.Query["access_token"] == DingTalkToken && request.Query["sign"] == expected && fresh
            ? null
            : """{"errcode":310000,"errmsg":"sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]"}""";
    }

    private string? FeishuAnswer(HttpRequest request, string body)
    {
        if (!request.Path.Value!.EndsWith(FeishuToken, StringComparison.Ordinal))
        {
            return """{"code":19001,"msg":"param invalid: incoming webhook access token invalid"}""";
        }

        using var json = JsonDocument.Parse(body);
        var timestamp = long.Parse(json.RootElement.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes($"{timestamp}\n{FeishuSecret}"), Array.Empty<byte>()));
        var fresh = Math.Abs(_time.GetUtcNow().ToUnixTimeSeconds() - timestamp) < 3600;
        return json.RootElement.GetProperty("sign").GetString() == expected && fresh
            ? null
            : """{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time"}""";
    }
}
