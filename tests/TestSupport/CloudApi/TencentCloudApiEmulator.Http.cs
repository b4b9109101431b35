using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Functions.TencentCloud.Signing;
using Microsoft.AspNetCore.Http;

namespace Functions.TestSupport.CloudApi;

public sealed partial class TencentCloudApiEmulator
{
    private static readonly Dictionary<string, string> Versions = new(StringComparer.Ordinal)
    {
        ["tcbr"] = "2022-02-17",
        ["monitor"] = "2018-07-24",
        ["scf"] = "2018-04-16",
        ["ssm"] = "2019-09-23",
        ["tcb"] = "2018-06-08",
    };

    private async Task HandleAsync(HttpContext context)
    {
        var now = TimeProvider.System.GetUtcNow() + ClockSkew;
        context.Response.Headers.Date = now.ToString("R", CultureInfo.InvariantCulture);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var action = context.Request.Headers["X-TC-Action"].ToString();
        var requestId = Guid.NewGuid().ToString();

        var loseResponse = false;
        var stall = false;
        if (NextFault(action) is { } fault)
        {
            if (fault.Status == LostResponse)
            {
                loseResponse = true;
            }
            else if (fault.Status == Stalled)
            {
                stall = true;
            }
            else if (fault.Status < 0)
            {
                context.Abort();
                return;
            }

            else if (fault.Code is null)
            {
                context.Response.StatusCode = fault.Status;
                return;
            }
            else
            {
                await WriteAsync(context, Error(fault.Code, "injected by the emulator", requestId));
                return;
            }
        }

        JsonObject answer;
        try
        {
            var (service, call) = Authenticate(context, body, action, now);
            lock (_gate)
            {
                _calls.Add(call);
            }

            if (!_actions.TryGetValue((service, action), out var handler))
            {
                throw new ApiErrorException("InvalidAction", $"{service} has no action {action} (or the emulator does not implement it).");
            }

            var result = handler(call.Body);
            result["RequestId"] = requestId;
            answer = new JsonObject { ["Response"] = result };
        }
        catch (ApiErrorException e)
        {
            answer = Error(e.Code, e.Message, requestId);
        }

        if (stall)
        {
            TaskCompletionSource? applied;
            lock (_stalls)
            {
                _stalls.Remove(action, out applied);
            }

            applied?.TrySetResult();
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The caller gave up, as it was meant to.
            }

            return;
        }

        if (loseResponse)
        {
            // The action ran; the caller never learns it did.
            context.Abort();
            return;
        }

        await WriteAsync(context, answer);
    }

    private (string Service, RecordedCall Call) Authenticate(HttpContext context, byte[] body, string action, DateTimeOffset now)
    {
        var headers = context.Request.Headers;
        var host = headers.Host.ToString();
        var service = host.Split('.')[0];
        var authorization = Tc3Authorization.TryParse(headers.Authorization.ToString()) ?? Reject("AuthFailure.InvalidAuthorization", "The Authorization header is not a TC3-HMAC-SHA256 authorization.");
        if (!long.TryParse(headers["X-TC-Timestamp"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var timestamp))
        {
            Reject("MissingParameter", "X-TC-Timestamp is missing.");
        }

        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > 300)
        {
            Reject("AuthFailure.SignatureExpire", "Signature expired: the timestamp is more than 5 minutes from the server time.");
        }

        (string Key, string? Token) key;
        lock (_gate)
        {
            if (!_keys.TryGetValue(authorization.SecretId, out key))
            {
                Reject("AuthFailure.SecretIdNotFound", "The SecretId is not found.");
            }
        }

        if (authorization.Service != service || authorization.Date != Tc3Signer.ScopeDate(timestamp) ||
            !authorization.SignedHeaders.Contains("content-type") || !authorization.SignedHeaders.Contains("host"))
        {
            Reject("AuthFailure.SignatureFailure", "The credential scope or the signed headers are wrong.");
        }

        var input = new Tc3SigningInput(service, host, context.Request.ContentType ?? "", body, timestamp,
            Action: authorization.SignedHeaders.Contains("x-tc-action") ? action : null);
        if (Tc3Signer.Sign(authorization.SecretId, key.Key, input).Signature != authorization.Signature)
        {
            Reject("AuthFailure.SignatureFailure", "The provided credentials could not be validated. Please check your signature is correct.");
        }

        var token = headers["X-TC-Token"].ToString();
        if ((key.Token ?? "") != token)
        {
            Reject("AuthFailure.TokenFailure", "The X-TC-Token does not belong to these temporary credentials.");
        }

        if (!Versions.TryGetValue(service, out var version) || headers["X-TC-Version"] != version)
        {
            Reject("InvalidParameterValue", $"{service} does not have version {headers["X-TC-Version"]}.");
        }

        var json = body.Length == 0 ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(body).RootElement.Clone();
        var region = headers["X-TC-Region"].ToString();
        return (service, new RecordedCall(service, action, region.Length == 0 ? null : region, authorization.SecretId, token.Length == 0 ? null : token, json));
    }

    private Tc3Authorization Reject(string code, string message)
    {
        lock (_gate)
        {
            Rejections.Add(code);
        }

        throw new ApiErrorException(code, message);
    }

    private static JsonObject Error(string code, string message, string requestId) => new()
    {
        ["Response"] = new JsonObject
        {
            ["Error"] = new JsonObject { ["Code"] = code, ["Message"] = message },
            ["RequestId"] = requestId,
        },
    };

    private static async Task WriteAsync(HttpContext context, JsonObject answer)
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString(), Encoding.UTF8);
    }
}
