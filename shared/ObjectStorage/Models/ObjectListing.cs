namespace Functions.ObjectStorage.Models;

/// <summary>One page of a List Objects (v1) answer.</summary>
/// <param name="Objects">The objects on this page, in key order.</param>
/// <param name="CommonPrefixes">The prefixes rolled up by a delimiter.</param>
/// <param name="IsTruncated">Whether more pages follow.</param>
/// <param name="NextMarker">The marker of the next page: <c>NextMarker</c> when given, else the last key (S3 sends
/// <c>NextMarker</c> only with a delimiter).</param>
public sealed record ObjectListing(IReadOnlyList<ObjectSummary> Objects, IReadOnlyList<string> CommonPrefixes, bool IsTruncated, string? NextMarker);
