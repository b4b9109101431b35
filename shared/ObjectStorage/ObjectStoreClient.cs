using Functions.ObjectStorage.Configuration;
using Functions.ObjectStorage.Http;
using Functions.ObjectStorage.Models;
using Functions.ObjectStorage.Signing;
using Functions.ObjectStorage.Upload;
using Functions.TencentCloud.Credentials;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Functions.ObjectStorage;

/// <summary>
/// <see cref="IObjectStore"/> over HttpClient for COS (q-sign-algorithm=sha1, virtual-hosted) and S3-compatible
/// services (SigV4, path-style or virtual-hosted). Everything but the signer and a few header names is shared.
/// </summary>
public sealed partial class ObjectStoreClient : IObjectStore, IDisposable
{
    // A health check answers within the invocation, so it makes one attempt instead of retrying for minutes.
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    private readonly HttpClient _http;
    private readonly ObjectStoreEndpoint _endpoint;
    private readonly IRequestSigner _signer;
    private readonly ResiliencePipeline _pipeline;
    private readonly ResiliencePipeline _probe;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates a client with its own connection pool.</summary>
    /// <param name="options">Where the store is and its credentials.</param>
    /// <param name="time">The clock (signing times, retry delays, durations).</param>
    /// <param name="logger">Where retries and uploads are logged.</param>
    public ObjectStoreClient(ObjectStoreOptions options, TimeProvider time, ILogger<ObjectStoreClient>? logger = null)
        : this(options, time, logger, new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.None,
        })
    {
    }

    internal ObjectStoreClient(ObjectStoreOptions options, TimeProvider time, ILogger? logger, HttpMessageHandler handler)
    {
        Location = options.Location;
        Dialect = options.Location.Kind == ObjectStoreKind.Cos ? ObjectStoreDialect.Cos : ObjectStoreDialect.S3;
        _endpoint = Endpoint(options);
        _signer = options.Location.Kind == ObjectStoreKind.Cos
            ? new CosRequestSigner(CosKey(options.CosCredentials ?? CredentialsChain.Default()))
            : new SigV4RequestSigner(S3Key(options.S3Credentials), options.Region);
        _time = time;
        _logger = logger ?? NullLogger.Instance;
        _pipeline = ObjectStoreResilience.Create(options.Retry, time, _logger);
        _probe = new ResiliencePipelineBuilder { TimeProvider = time }.AddTimeout(ProbeTimeout).Build();
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <inheritdoc />
    public ObjectStoreLocation Location { get; }

    /// <summary>Where requests go (scheme, host, and the bucket when path-style), for reports.</summary>
    public string Target => _endpoint.Describe();

    internal ObjectStoreDialect Dialect { get; }

    /// <inheritdoc />
    public Task<UploadResult> UploadAsync(Stream source, string key, UploadOptions options, CancellationToken cancellationToken) =>
        new StreamUploader(this, _time, _logger).UploadAsync(source, key, options, cancellationToken);

    /// <summary>Lists at most one key under the prefix, in one attempt: proves address, bucket and credentials.</summary>
    /// <param name="cancellationToken">Cancels the probe.</param>
    /// <returns>A task that fails with an <see cref="ObjectStorageException"/> when the store is not usable.</returns>
    public Task ProbeAsync(CancellationToken cancellationToken)
    {
        var request = new ObjectRequest("ListObjects", HttpMethod.Get, key: null).WithQuery("prefix", Location.Prefix).WithQuery("max-keys", "1");
        return ExecuteAsync(_probe, request, static (_, _) => Task.FromResult(true), keepResponse: false, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static ObjectStoreEndpoint Endpoint(ObjectStoreOptions options)
    {
        var bucket = options.Location.Bucket;
        if (options.Endpoint is { } endpoint)
        {
            var virtualHost = new UriBuilder(endpoint) { Host = $"{bucket}.{endpoint.Host}" }.Uri;
            return new ObjectStoreEndpoint(options.ForcePathStyle ? endpoint : virtualHost, bucket, options.ForcePathStyle);
        }

        if (options.Location.Kind == ObjectStoreKind.Cos)
        {
            // COS rejects path-style requests on its domains (PathStyleDomainForbidden, reference §3.3).
            return options.ForcePathStyle
                ? throw new ArgumentException("COS accepts only virtual-hosted requests on its own domains; path style needs an endpoint.", nameof(options))
                : new ObjectStoreEndpoint(new Uri($"https://{bucket}.cos.{options.Region}.myqcloud.com"), bucket, pathStyle: false);
        }

        return options.ForcePathStyle
            ? new ObjectStoreEndpoint(new Uri($"https://s3.{options.Region}.amazonaws.com"), bucket, pathStyle: true)
            : new ObjectStoreEndpoint(new Uri($"https://{bucket}.s3.{options.Region}.amazonaws.com"), bucket, pathStyle: false);
    }

    // Read on every request: SCF rotates an execution role's keys in a warm instance.
    private static Func<SigningKey> CosKey(ICredentialsProvider provider) => () =>
        provider.TryGetCredentials() is { } c
            ? new SigningKey(c.SecretId, c.SecretKey, c.IsTemporary ? c.SessionToken : null)
            : throw new InvalidOperationException(
                "No Tencent Cloud credentials for COS: set TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY, give the function an " +
                "execution role, or invoke the image function with the X-Scf-Secret-Id/X-Scf-Secret-Key headers.");

    private static Func<SigningKey> S3Key(S3Credentials? credentials)
    {
        var key = credentials is null
            ? throw new ArgumentException("An s3:// store needs S3 credentials (S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY).", nameof(credentials))
            : new SigningKey(credentials.AccessKeyId, credentials.SecretAccessKey, string.IsNullOrEmpty(credentials.SessionToken) ? null : credentials.SessionToken);
        return () => key;
    }
}
