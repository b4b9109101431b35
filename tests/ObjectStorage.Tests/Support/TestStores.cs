using Functions.ObjectStorage.Configuration;
using Functions.TestSupport.ObjectStorage;
using Functions.TencentCloud.Credentials;

namespace Functions.ObjectStorage.Tests.Support;

/// <summary>Clients for the tests: quick retries, against the emulator or the local s3rver.</summary>
internal static class TestStores
{
    public const string CosBucket = "backups-1250000000";
    public const string SecretId = "AKIDtestEmulator";
    public const string SecretKey = "emulator-secret-key";
    public const string S3AccessKey = "AKIAEMULATOR";
    public const string S3Secret = "emulator-s3-secret";

    /// <summary>Retries in milliseconds, so failure tests stay quick.</summary>
    public static readonly ObjectStoreRetryOptions QuickRetries = new()
    {
        MaxRetries = 3,
        BaseDelay = TimeSpan.FromMilliseconds(5),
        MaxDelay = TimeSpan.FromMilliseconds(20),
        AttemptTimeout = TimeSpan.FromSeconds(30),
        TotalBudget = TimeSpan.FromSeconds(60),
    };

    public static Task<ObjectStorageEmulator> StartEmulatorAsync() =>
        ObjectStorageEmulator.StartAsync(CosBucket, new Dictionary<string, string> { [SecretId] = SecretKey, [S3AccessKey] = S3Secret });

    public static ObjectStoreClient Cos(ObjectStorageEmulator emulator, string secretKey = SecretKey, string? token = null) =>
        new(new ObjectStoreOptions
        {
            Location = new ObjectStoreLocation(ObjectStoreKind.Cos, emulator.Bucket, "tests/"),
            Region = "ap-guangzhou",
            Endpoint = emulator.Endpoint,
            ForcePathStyle = true,
            CosCredentials = new StaticCredentials(new TencentCloudCredentials(SecretId, secretKey, token)),
            Retry = QuickRetries,
        }, TimeProvider.System);

    public static ObjectStoreClient S3(ObjectStorageEmulator emulator, string secret = S3Secret) =>
        new(new ObjectStoreOptions
        {
            Location = new ObjectStoreLocation(ObjectStoreKind.S3, emulator.Bucket, "tests/"),
            Region = "eu-west-1",
            Endpoint = emulator.Endpoint,
            ForcePathStyle = true,
            S3Credentials = new S3Credentials(S3AccessKey, secret),
            Retry = QuickRetries,
        }, TimeProvider.System);

    /// <summary>The local s3rver from scripts/services.sh (Inconclusive locally, a failure under CI, when it is not up).</summary>
    public static ObjectStoreClient S3rver() =>
        new(new ObjectStoreOptions
        {
            Location = new ObjectStoreLocation(ObjectStoreKind.S3, TestSupport.TestEnvironment.RequireVariable("S3_BUCKET"), "tests/"),
            Endpoint = new Uri(TestSupport.TestEnvironment.RequireVariable("S3_ENDPOINT")),
            ForcePathStyle = true,
            S3Credentials = new S3Credentials(
                TestSupport.TestEnvironment.RequireVariable("S3_ACCESS_KEY_ID"), TestSupport.TestEnvironment.RequireVariable("S3_SECRET_ACCESS_KEY")),
            Retry = QuickRetries,
        }, TimeProvider.System);

    /// <summary>A key no other test run uses.</summary>
    public static string UniqueKey(string name) => $"tests/{Guid.NewGuid():N}/{name}";
}
