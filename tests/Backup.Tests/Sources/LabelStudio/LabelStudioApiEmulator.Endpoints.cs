using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Functions.Backup.Tests.Sources.LabelStudio;

internal sealed partial class LabelStudioApiEmulator
{
    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var segments = (request.Path.Value ?? "").Trim('/').Split('/');
        lock (_gate)
        {
            _calls.Add($"{request.Method} {request.Path}");
        }

        if (request.Headers.Authorization.ToString() != $"Token {Token}")
        {
            await WriteAsync(context, StatusCodes.Status401Unauthorized, json => json.WriteString("detail", "Invalid token."));
            return;
        }

        switch (request.Method, segments)
        {
            case ("GET", ["api", "projects"]):
                await ListProjectsAsync(context);
                break;
            case ("POST", ["api", "projects", var project, "exports"]):
                await CreateExportAsync(context, int.Parse(project, CultureInfo.InvariantCulture));
                break;
            case ("GET", ["api", "projects", _, "exports", var id]):
                await ShowExportAsync(context, Find(id), poll: true);
                break;
            case ("GET", ["api", "projects", _, "exports", var id, "download"]) when request.Query["exportType"] == "JSON":
                await DownloadAsync(context, Find(id));
                break;
            case ("DELETE", ["api", "projects", _, "exports", var id]):
                lock (_gate)
                {
                    Find(id)!.Deleted = true;
                }

                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    // One project per page, so a client that does not follow pages misses some.
    private async Task ListProjectsAsync(HttpContext context)
    {
        var page = int.TryParse(context.Request.Query["page"], CultureInfo.InvariantCulture, out var p) ? p : 1;
        var ids = Projects.Keys.Order().ToList();
        await WriteAsync(context, StatusCodes.Status200OK, json =>
        {
            json.WriteNumber("count", ids.Count);
            if (page < ids.Count)
            {
                json.WriteString("next", $"{BaseUrl}api/projects/?page={page + 1}");
            }
            else
            {
                json.WriteNull("next");
            }

            json.WriteStartArray("results");
            foreach (var id in ids.Skip(page - 1).Take(1))
            {
                json.WriteStartObject();
                json.WriteNumber("id", id);
                json.WriteString("title", $"project {id}");
                json.WriteNumber("task_number", Projects[id]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private async Task CreateExportAsync(HttpContext context, int projectId)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        Export export;
        lock (_gate)
        {
            export = new Export(++_nextExportId, projectId, body.RootElement.GetProperty("title").GetString()!);
            _exports[export.Id] = export;
        }

        await ShowExportAsync(context, export, poll: false, StatusCodes.Status201Created);
    }

    private async Task ShowExportAsync(HttpContext context, Export? export, bool poll, int status = StatusCodes.Status200OK)
    {
        if (export is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var polls = poll ? ++export.Polls : export.Polls;
        var state = polls == 0 ? "created" : polls < PollsBeforeCompleted ? "in_progress" : FailExports ? "failed" : "completed";
        await WriteAsync(context, status, json =>
        {
            json.WriteNumber("id", export.Id);
            json.WriteString("title", export.Title);
            json.WriteString("status", state);
            if (state == "completed")
            {
                var tasks = Projects[export.ProjectId];
                json.WriteString("md5", WrongMd5 ? Md5([1, 2, 3]) : Md5(TasksJson(export.ProjectId, tasks)));
                json.WriteStartObject("counters");
                json.WriteNumber("task_number", tasks);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("md5");
            }
        });
    }

    private async Task DownloadAsync(HttpContext context, Export? export)
    {
        if (export is null || export.Polls < PollsBeforeCompleted || FailExports)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(TasksJson(export.ProjectId, Projects[export.ProjectId]));
    }

    private Export? Find(string id)
    {
        lock (_gate)
        {
            return _exports.GetValueOrDefault(int.Parse(id, CultureInfo.InvariantCulture));
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        write(json);
        json.WriteEndObject();
        await json.FlushAsync();
    }
}
