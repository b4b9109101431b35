using System.Text.Json;

namespace Functions.Scf.Events;

public sealed partial class EventClassifier
{
    private static CosEvent ReadCos(JsonElement root)
    {
        var fields = Fields(root, "cos event");
        var records = fields.OptionalArray("Records") ?? throw fields.Fail("field 'Records' must be an array");
        var result = new List<CosRecord>();
        var index = 0;
        foreach (var item in records.EnumerateArray())
        {
            var context = $"cos event Records[{index++}]";
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("cos", out _))
            {
                throw new Errors.EventFormatException(
                    $"{context} is not a COS notification (no 'cos' object); only COS records are served, not CKafka, CMQ or other queues.");
            }

            result.Add(ReadCosRecord(Fields(item, context)));
        }

        return result.Count == 0 ? throw fields.Fail("has an empty 'Records' array") : new CosEvent(root, result);
    }

    private static CosRecord ReadCosRecord(JsonFields record)
    {
        var cos = record.RequiredObject("cos");
        var cosObject = cos.RequiredObject("cosObject");
        var bucket = cos.RequiredObject("cosBucket");
        var evt = record.OptionalObject("event");
        var name = bucket.OptionalString("name") ?? "";
        var appId = bucket.OptionalStringOrNumber("appid") ?? "";
        var eventTime = evt?.OptionalInt64("eventTime");
        return new CosRecord(
            evt?.OptionalString("eventName") ?? "",
            name,
            appId,
            bucket.OptionalString("region") ?? "",
            ObjectKey(cosObject.RequiredString("key"), appId, name),
            cosObject.OptionalInt64("size") ?? 0,
            eventTime is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null);
    }

    // COS sends keys as "/<appid>/<bucket>/<object>"; callers want "<object>".
    private static string ObjectKey(string key, string appId, string bucket)
    {
        var prefix = $"/{appId}/{bucket}/";
        return key.StartsWith(prefix, StringComparison.Ordinal) ? key[prefix.Length..] : key.TrimStart('/');
    }
}
