namespace Functions.Scf.Security;

/// <summary>Where a caller presented the callback token.</summary>
public enum TokenAuthMethod
{
    /// <summary>No method matched (the request was refused).</summary>
    None,

    /// <summary><c>Authorization: Bearer &lt;token&gt;</c> (Alertmanager's <c>http_config.authorization</c>).</summary>
    BearerHeader,

    /// <summary><c>X-Alert-Token: &lt;token&gt;</c>.</summary>
    TokenHeader,

    /// <summary>The query parameter <c>token=&lt;token&gt;</c> (a Cloud Monitor callback URL can carry nothing else).</summary>
    QueryParameter,

    /// <summary><c>Authorization: Basic</c> with the token as password and any user (Cloud Monitor's URL basic auth).</summary>
    BasicAuth,
}
