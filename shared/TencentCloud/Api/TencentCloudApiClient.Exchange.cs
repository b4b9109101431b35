using System.Net;
using Functions.TencentCloud.Credentials;
using Functions.TencentCloud.Signing;

namespace Functions.TencentCloud.Api;

public sealed partial class TencentCloudApiClient
{
    // One attempt, plus at most one re-signed send when the service says our clock is off.
    private async Task<(TResponse Response, string? RequestId)> ExchangeAsync<TRequest, TResponse>(
        CallState<TRequest, TResponse> state, TencentCloudCredentials credentials, CancellationToken token)
    {
        for (var skewCorrections = 0; ; skewCorrections++)
        {
            var (status, date, body) = await SendAsync(state, credentials, token);
            try
            {
                return ApiResponseReader.Read(state.Action, status, body);
            }
            catch (TencentCloudApiException e) when (e.Code == ApiErrorCodes.SignatureExpire && skewCorrections == 0 && date is { } serverTime)
            {
                var offset = serverTime - _time.GetUtcNow();
                Interlocked.Exchange(ref _clockOffsetTicks, offset.Ticks);
                LogClockSkew(state.Action.Service.Name, state.Action.Name, offset.TotalSeconds);
            }
        }
    }

    private async Task<(HttpStatusCode Status, DateTimeOffset? Date, byte[] Body)> SendAsync<TRequest, TResponse>(
        CallState<TRequest, TResponse> state, TencentCloudCredentials credentials, CancellationToken token)
    {
        var action = state.Action;
        using var request = BuildRequest(action, state.Body, credentials);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(token);
        attempt.CancelAfter(action.AttemptTimeout ?? _options.AttemptTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, attempt.Token);
            var body = await response.Content.ReadAsByteArrayAsync(attempt.Token);
            return (response.StatusCode, response.Headers.Date, body);
        }
        catch (HttpRequestException e)
        {
            var failure = e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError
                ? TransportFailure.BeforeSend
                : TransportFailure.AfterSend;
            throw new TencentCloudApiException(action.Service.Name, action.Name, ApiErrorCodes.ClientNetworkError, e.Message, null, e) { Failure = failure };
        }
        catch (OperationCanceledException e) when (!token.IsCancellationRequested)
        {
            var timeout = (action.AttemptTimeout ?? _options.AttemptTimeout).TotalSeconds;
            throw new TencentCloudApiException(action.Service.Name, action.Name, ApiErrorCodes.ClientNetworkError, $"no answer within {timeout:0.#} s", null, e)
            {
                Failure = TransportFailure.AfterSend,
            };
        }
    }

    private HttpRequestMessage BuildRequest<TRequest, TResponse>(ApiAction<TRequest, TResponse> action, byte[] body, TencentCloudCredentials credentials)
    {
        var service = action.Service;
        var timestamp = (_time.GetUtcNow() + ClockOffset).ToUnixTimeSeconds();
        var signature = Tc3Signer.Sign(credentials.SecretId, credentials.SecretKey, new Tc3SigningInput(service.Name, service.Host, ContentType, body, timestamp));

        var request = new HttpRequestMessage(HttpMethod.Post, _options.Endpoint ?? new Uri($"https://{service.Host}/"))
        {
            Content = new ByteArrayContent(body),
        };

        // The content type sent must be the one signed: set it whole, so nothing appends a charset.
        request.Content.Headers.ContentType = JsonMediaType;
        request.Headers.Host = service.Host;
        request.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
        request.Headers.Add("X-TC-Action", action.Name);
        request.Headers.Add("X-TC-Version", service.Version);
        request.Headers.Add("X-TC-Timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-TC-RequestClient", "superinsight-ops");
        if (!string.IsNullOrEmpty(_options.Region))
        {
            request.Headers.Add("X-TC-Region", _options.Region);
        }

        if (credentials.IsTemporary)
        {
            request.Headers.Add("X-TC-Token", credentials.SessionToken);
        }

        return request;
    }
}
