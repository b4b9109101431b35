using System.Text.Json;

namespace Functions.Scf.Events;

public sealed partial class EventClassifier
{
    private static HttpRequestEvent ReadHttp(JsonElement root)
    {
        var fields = Fields(root, "http event");
        var method = fields.RequiredString("httpMethod").ToUpperInvariant();
        var path = fields.OptionalString("path") ?? "/";
        var headers = ReadHeaders(fields);
        var query = ReadQuery(fields, "queryString") ?? ReadQuery(fields, "queryStringParameters")
            ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var body = fields.OptionalString("body");
        var base64 = fields.OptionalBoolean("isBase64Encoded") ?? false;
        return new HttpRequestEvent(root, method, path, headers, query, body, base64);
    }

    private static Dictionary<string, string> ReadHeaders(JsonFields fields)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (fields.OptionalObject("headers") is not { } headerObject)
        {
            return headers;
        }

        foreach (var header in headerObject.Json.EnumerateObject())
        {
            headers[header.Name] = header.Value.ValueKind switch
            {
                JsonValueKind.String => header.Value.GetString()!,
                JsonValueKind.Array => string.Join(", ", header.Value.EnumerateArray().Select(v => v.ToString())),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => header.Value.GetRawText(),
                _ => throw headerObject.Fail($"header '{header.Name}' must be a string"),
            };
        }

        return headers;
    }

    // API Gateway sends a repeated key as an array and a key without a value as true (scf-go-lib events/apigw.go).
    private static Dictionary<string, IReadOnlyList<string>>? ReadQuery(JsonFields fields, string name)
    {
        if (fields.OptionalObject(name) is not { } queryObject)
        {
            return null;
        }

        var query = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var parameter in queryObject.Json.EnumerateObject())
        {
            query[parameter.Name] = parameter.Value.ValueKind switch
            {
                JsonValueKind.String => [parameter.Value.GetString()!],
                JsonValueKind.True => [""],
                JsonValueKind.Number => [parameter.Value.GetRawText()],
                JsonValueKind.Array => parameter.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()).ToArray(),
                _ => throw queryObject.Fail($"parameter '{parameter.Name}' must be a string, an array of strings or true"),
            };
        }

        return query;
    }
}
