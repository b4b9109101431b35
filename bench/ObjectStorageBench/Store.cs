using Functions.ObjectStorage;
using Functions.ObjectStorage.Configuration;

namespace Functions.ObjectStorageBench;

/// <summary>The local s3rver, from the variables <c>scripts/services.sh env</c> prints.</summary>
internal static class Store
{
    public static ObjectStoreClient Create() => new(
        new ObjectStoreOptions
        {
            Location = new ObjectStoreLocation(ObjectStoreKind.S3, Settings.Variable("S3_BUCKET"), "bench/"),
            Endpoint = new Uri(Settings.Variable("S3_ENDPOINT")),
            ForcePathStyle = true,
            S3Credentials = new S3Credentials(Settings.Variable("S3_ACCESS_KEY_ID"), Settings.Variable("S3_SECRET_ACCESS_KEY")),
        },
        TimeProvider.System);
}
