namespace Functions.DeployOrchestrator.Webhooks;

/// <summary>One image pushed to TCR, as its webhook reports it.</summary>
/// <param name="Repository">The repository's full name, <c>namespace/name</c>.</param>
/// <param name="Tag">The tag.</param>
/// <param name="Digest">The manifest digest, <c>sha256:…</c>.</param>
/// <param name="ResourceUrl">The image by tag, <c>registry/namespace/name:tag</c>.</param>
internal sealed record ImagePush(string Repository, string Tag, string Digest, string ResourceUrl)
{
    /// <summary>The image pinned by digest, so the version deployed is exactly the one pushed.</summary>
    public string PinnedImage
    {
        get
        {
            var colon = ResourceUrl.LastIndexOf(':');
            var slash = ResourceUrl.LastIndexOf('/');
            var withoutTag = colon > slash ? ResourceUrl[..colon] : ResourceUrl;
            return $"{withoutTag}@{Digest}";
        }
    }
}
