namespace Functions.TencentCloud.Api;

/// <summary>One call across its attempts: what to send, and what went wrong last (for the budget-exhausted error).</summary>
internal sealed class CallState<TRequest, TResponse>(TencentCloudApiClient client, ApiAction<TRequest, TResponse> action, byte[] body)
{
    public TencentCloudApiClient Client { get; } = client;

    public ApiAction<TRequest, TResponse> Action { get; } = action;

    public byte[] Body { get; } = body;

    public int Attempts { get; set; }

    public TencentCloudApiException? LastError { get; set; }
}
