namespace Functions.TencentCloud.Api;

/// <summary>A Tencent Cloud API 3.0 service and the version we call.</summary>
/// <param name="Name">The service, the first label of its host (<c>tcbr</c> for <c>tcbr.tencentcloudapi.com</c>).</param>
/// <param name="Version">The API version sent as <c>X-TC-Version</c>.</param>
public sealed record ApiService(string Name, string Version)
{
    /// <summary>CloudBase Run (云托管).</summary>
    public static readonly ApiService Tcbr = new("tcbr", "2022-02-17");

    /// <summary>CloudBase (tcb): its <c>DescribeCurveData</c> carries CloudBase Run's request, latency and error curves.</summary>
    public static readonly ApiService Tcb = new("tcb", "2018-06-08");

    /// <summary>Cloud Monitor.</summary>
    public static readonly ApiService Monitor = new("monitor", "2018-07-24");

    /// <summary>Serverless Cloud Function.</summary>
    public static readonly ApiService Scf = new("scf", "2018-04-16");

    /// <summary>Secrets Manager.</summary>
    public static readonly ApiService Ssm = new("ssm", "2019-09-23");

    /// <summary>The host requests are signed for (and sent to, unless an endpoint override is set).</summary>
    public string Host => $"{Name}.tencentcloudapi.com";
}
