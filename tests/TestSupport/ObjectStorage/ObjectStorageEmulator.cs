using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;

namespace Functions.TestSupport.ObjectStorage;

/// <summary>
/// A COS/S3 bucket on loopback (path-style) that checks what s3rver does not: the COS sha1 or SigV4 signature of
/// every request against the known secret (403 SignatureDoesNotMatch otherwise), Content-MD5 and
/// x-amz-content-sha256 against the body. Objects and multipart uploads live in memory; COS-signed requests get
/// <c>x-cos-hash-crc64ecma</c> as COS sends it; faults can be injected for the next requests to a key.
/// </summary>
[SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Primitives", Justification = "ETags and Content-MD5 are MD5 by protocol.")]
public sealed partial class ObjectStorageEmulator : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, EmulatedObject> _objects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EmulatedUpload> _uploads = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<string> _rejections = new();
    private readonly List<(string Method, string Key, Func<IQueryCollection, bool>? When, EmulatorFault Fault)> _faults = [];
    private readonly Lock _gate = new();
    private readonly IReadOnlyDictionary<string, string> _secrets;
    private LoopbackServer? _server;

    private ObjectStorageEmulator(string bucket, IReadOnlyDictionary<string, string> secrets)
    {
        Bucket = bucket;
        _secrets = secrets;
    }

    /// <summary>The bucket it serves.</summary>
    public string Bucket { get; }

    /// <summary>http://127.0.0.1:port.</summary>
    public Uri Endpoint => _server!.BaseUrl;

    /// <summary>Requests answered, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>Why requests were refused (bad signatures, digests).</summary>
    public IReadOnlyList<string> Rejections => _rejections.ToArray();

    /// <summary>Multipart uploads in progress.</summary>
    public int UploadsInProgress => _uploads.Count;

    /// <summary>Starts on a free loopback port.</summary>
    /// <param name="bucket">The bucket name.</param>
    /// <param name="secrets">Secret by access key id.</param>
    /// <returns>The running emulator.</returns>
    public static async Task<ObjectStorageEmulator> StartAsync(string bucket, IReadOnlyDictionary<string, string> secrets)
    {
        var emulator = new ObjectStorageEmulator(bucket, secrets);
        emulator._server = await LoopbackServer.StartAsync(emulator.HandleAsync, unlimitedBodies: true);
        return emulator;
    }

    /// <summary>Makes the next <paramref name="times"/> matching requests fail.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="key">The object key.</param>
    /// <param name="times">How many requests fail.</param>
    /// <param name="fault">How.</param>
    /// <param name="when">Only requests whose query matches (e.g. one part), or any request to the key when null.</param>
    public void FailNext(string method, string key, int times, EmulatorFault fault, Func<IQueryCollection, bool>? when = null)
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _faults.Add((method, key, when, fault));
            }
        }
    }

    /// <summary>The object's bytes, or null.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The bytes.</returns>
    public byte[]? ObjectBytes(string key) => _objects.TryGetValue(key, out var stored) ? stored.Data : null;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private EmulatorFault? TakeFault(string method, string? key, IQueryCollection query)
    {
        lock (_gate)
        {
            var index = _faults.FindIndex(f => f.Method == method && f.Key == key && (f.When is null || f.When(query)));
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index].Fault;
            _faults.RemoveAt(index);
            return fault;
        }
    }
}
