using Functions.Scf.Configuration;
using Functions.TencentCloud.Credentials;

namespace Functions.ObjectStorage.Configuration;

/// <summary>Reads an object store's options from configuration; every problem names its variable.</summary>
public static class ObjectStoreSettings
{
    /// <summary>Reads the repository URL in <paramref name="variable"/> and the variables of its kind.</summary>
    /// <param name="settings">The reader; problems are recorded on it.</param>
    /// <param name="variable">The repository variable, e.g. <c>BACKUP_REPOSITORY</c>.</param>
    /// <param name="required">Whether a missing URL is a problem.</param>
    /// <returns>The options, or null when unset or invalid.</returns>
    public static ObjectStoreOptions? Read(SettingsReader settings, string variable, bool required)
    {
        var value = required
            ? settings.RequiredText(variable, "cos://<bucket-appid>/<prefix> or s3://<bucket>/<prefix>")
            : settings.Text(variable);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        ObjectStoreLocation location;
        try
        {
            location = ObjectStoreLocation.Parse(value);
        }
        catch (FormatException e)
        {
            settings.Problem(variable, e.Message);
            return null;
        }

        return location.Kind == ObjectStoreKind.Cos ? ReadCos(settings, variable, location) : ReadS3(settings, location);
    }

    private static ObjectStoreOptions? ReadCos(SettingsReader settings, string variable, ObjectStoreLocation location)
    {
        var region = settings.Text(ObjectStorageVariables.CosRegion) ?? settings.Text(ObjectStorageVariables.TencentCloudRegion);
        var endpoint = settings.Url(ObjectStorageVariables.CosEndpoint, "http", "https");
        if (region is null)
        {
            settings.Problem(ObjectStorageVariables.CosRegion, $"(or {ObjectStorageVariables.TencentCloudRegion}) is required for the cos:// repository in {variable}");
            return null;
        }

        return new ObjectStoreOptions
        {
            Location = location,
            Region = region,
            Endpoint = endpoint,
            ForcePathStyle = endpoint is not null,
            CosCredentials = CredentialsChain.Default(environment: settings.Text),
        };
    }

    private static ObjectStoreOptions? ReadS3(SettingsReader settings, ObjectStoreLocation location)
    {
        var id = settings.RequiredText(ObjectStorageVariables.S3AccessKeyId, "the access key id of the s3:// repository");
        var secret = settings.RequiredText(ObjectStorageVariables.S3SecretAccessKey, "the secret access key of the s3:// repository");
        var endpoint = settings.Url(ObjectStorageVariables.S3Endpoint, "http", "https");
        var pathStyle = settings.Flag(ObjectStorageVariables.S3ForcePathStyle, endpoint is not null);
        if (id.Length == 0 || secret.Length == 0)
        {
            return null;
        }

        return new ObjectStoreOptions
        {
            Location = location,
            Region = settings.Text(ObjectStorageVariables.S3Region) ?? ObjectStoreOptions.DefaultS3Region,
            Endpoint = endpoint,
            ForcePathStyle = pathStyle,
            S3Credentials = new S3Credentials(id, secret, settings.Text(ObjectStorageVariables.S3SessionToken)),
        };
    }
}
