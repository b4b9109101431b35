namespace Functions.BackupBench;

/// <summary>The local stack, from the variables <c>scripts/services.sh env</c> prints.</summary>
internal sealed record Services(Uri Database, string PgBin, string S3Endpoint, string S3Bucket, string S3AccessKeyId, string S3SecretAccessKey)
{
    public static Services FromEnvironment() => new(
        new Uri(Variable("DATABASE_URL")),
        Variable("PG_BIN"),
        Variable("S3_ENDPOINT"),
        Variable("S3_BUCKET"),
        Variable("S3_ACCESS_KEY_ID"),
        Variable("S3_SECRET_ACCESS_KEY"));

    /// <summary>The server's URL with another database in its path.</summary>
    public string DatabaseUrl(string database) => new UriBuilder(Database) { Path = "/" + database, Query = "" }.Uri.AbsoluteUri;

    /// <summary>libpq's variables for the same server, so the tools are called as an operator would type them.</summary>
    public Dictionary<string, string> LibpqEnvironment()
    {
        var user = Database.UserInfo.Split(':', 2);
        return new Dictionary<string, string>
        {
            ["PGHOST"] = Database.Host,
            ["PGPORT"] = Database.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGUSER"] = Uri.UnescapeDataString(user[0]),
            ["PGPASSWORD"] = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "",
        };
    }

    public string Tool(string name) => Path.Combine(PgBin, name);

    private static string Variable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: eval \"$(scripts/services.sh env)\", or run bench/run.sh backup");
}
