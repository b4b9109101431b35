namespace Functions.Scf.Events;

/// <summary>One COS notification.</summary>
/// <param name="EventName">For example <c>cos:ObjectCreated:Put</c>.</param>
/// <param name="Bucket">The bucket name without the APPID suffix, as COS sends it.</param>
/// <param name="AppId">The owner's APPID.</param>
/// <param name="Region">The region code as sent (COS sends short codes such as <c>cd</c>).</param>
/// <param name="Key">The object key, with the <c>/appid/bucket/</c> prefix COS adds removed.</param>
/// <param name="Size">The object's size in bytes.</param>
/// <param name="EventTime">When the event happened.</param>
public sealed record CosRecord(
    string EventName,
    string Bucket,
    string AppId,
    string Region,
    string Key,
    long Size,
    DateTimeOffset? EventTime);
