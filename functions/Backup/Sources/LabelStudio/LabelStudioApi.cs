using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Functions.Backup.Pipeline;

namespace Functions.Backup.Sources.LabelStudio;

/// <summary>
/// The few calls of Label Studio's HTTP API that export snapshots need. The token goes in each request's
/// <c>Authorization: Token …</c> header (never the client's defaults, which others may share) and is cut out of any
/// text that reaches an error message.
/// </summary>
/// <param name="http">The client.</param>
/// <param name="baseUrl">Label Studio's base URL (a path prefix is kept).</param>
/// <param name="token">The legacy API token.</param>
internal sealed class LabelStudioApi(HttpClient http, Uri baseUrl, string token)
{
    private const int PageSize = 100;
    private const int ExcerptLength = 300;
    private static LabelStudioJsonContext Json => LabelStudioJsonContext.Default;

    private readonly Uri _base = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    /// <summary>Every project the token can see, page by page.</summary>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The projects.</returns>
    public async Task<IReadOnlyList<LabelStudioProject>> ListProjectsAsync(CancellationToken cancellationToken)
    {
        var projects = new List<LabelStudioProject>();
        for (var page = 1; ; page++)
        {
            var body = await GetJsonAsync(Path($"api/projects/?page={page}&page_size={PageSize}"), Json.JsonElement, "list projects", cancellationToken);

            // Unpaginated servers answer with the array itself.
            if (body.ValueKind == JsonValueKind.Array)
            {
                projects.AddRange(body.Deserialize(Json.LabelStudioProjectArray) ?? []);
                return projects;
            }

            var current = body.Deserialize(Json.ProjectPage) ?? throw Failed("list projects", "answered null");
            projects.AddRange(current.Results);
            if (current.Next is null || current.Results.Count == 0 || projects.Count >= current.Count)
            {
                return projects;
            }
        }
    }

    /// <summary>Starts an export snapshot of all of a project's tasks.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="title">The snapshot's title.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The snapshot (completed already when Label Studio exports synchronously, without Redis).</returns>
    public async Task<ExportSnapshot> CreateExportAsync(int projectId, string title, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path($"api/projects/{projectId}/exports/"))
        {
            Content = JsonContent.Create(new CreateExportRequest(title), Json.CreateExportRequest),
        };
        using var response = await SendAsync(request, $"create an export of project {projectId}", HttpCompletionOption.ResponseContentRead, cancellationToken);
        return await ReadAsync(response, Json.ExportSnapshot, $"create an export of project {projectId}", cancellationToken);
    }

    /// <summary>Reads a snapshot's status.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="exportId">The snapshot.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The snapshot.</returns>
    public Task<ExportSnapshot> GetExportAsync(int projectId, int exportId, CancellationToken cancellationToken) =>
        GetJsonAsync(Path($"api/projects/{projectId}/exports/{exportId}"), Json.ExportSnapshot, $"read export {exportId} of project {projectId}", cancellationToken);

    /// <summary>Starts downloading a completed snapshot as JSON; the caller streams and disposes the response.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="exportId">The snapshot.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The response, its headers read, its body not yet.</returns>
    public async Task<HttpResponseMessage> DownloadAsync(int projectId, int exportId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path($"api/projects/{projectId}/exports/{exportId}/download?exportType=JSON"));
        return await SendAsync(request, $"download export {exportId} of project {projectId}", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    /// <summary>Deletes a snapshot, so nightly backups do not pile exports up in Label Studio's media folder.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="exportId">The snapshot.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>When deleted.</returns>
    public async Task DeleteExportAsync(int projectId, int exportId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, Path($"api/projects/{projectId}/exports/{exportId}"));
        using var response = await SendAsync(request, $"delete export {exportId} of project {projectId}", HttpCompletionOption.ResponseContentRead, cancellationToken);
    }

    private Uri Path(FormattableString relative) => new(_base, relative.ToString(CultureInfo.InvariantCulture));

    private async Task<T> GetJsonAsync<T>(Uri uri, JsonTypeInfo<T> type, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        using var response = await SendAsync(request, what, HttpCompletionOption.ResponseContentRead, cancellationToken);
        return await ReadAsync(response, type, what, cancellationToken);
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(type, cancellationToken) ?? throw Failed(what, "answered null");
        }
        catch (JsonException e)
        {
            throw Failed(what, $"answered JSON of an unexpected shape: {e.Message}", e);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string what, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Token", token);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, completion, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw Failed(what, e.Message, e);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var excerpt = body.Length > ExcerptLength ? body[..ExcerptLength] + "…" : body;
            var hint = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                ? " (check LABEL_STUDIO_TOKEN: a legacy API token, sent as 'Authorization: Token …')"
                : "";
            throw Failed(what, $"answered {(int)response.StatusCode} {response.ReasonPhrase}{hint}: {excerpt.Trim()}");
        }
    }

    private SourceFailedException Failed(string what, string problem, Exception? cause = null) =>
        new(LabelStudioObjects.SourceName, $"Label Studio API at {_base.Scheme}://{_base.Authority} could not {what}: {Scrub(problem)}", cause);

    private string Scrub(string text) => token.Length > 0 ? text.Replace(token, "***", StringComparison.Ordinal) : text;
}
