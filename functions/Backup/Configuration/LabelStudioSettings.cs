using System.Globalization;
using Functions.Backup.Sources.LabelStudio;
using Functions.Scf.Configuration;

namespace Functions.Backup.Configuration;

/// <summary>Reads the Label Studio source's settings; the source is on when its data directory is set.</summary>
internal static class LabelStudioSettings
{
    public static LabelStudioOptions? Read(SettingsReader settings)
    {
        if (settings.Text("LABEL_STUDIO_DATA_DIR") is not { } dataDir)
        {
            return null;
        }

        if (!Path.IsPathFullyQualified(dataDir))
        {
            settings.Problem("LABEL_STUDIO_DATA_DIR", "must be an absolute path");
            return null;
        }

        var url = settings.Url("LABEL_STUDIO_URL", "http", "https");
        var token = settings.Text("LABEL_STUDIO_TOKEN");
        if (url is not null && token is null)
        {
            settings.Problem("LABEL_STUDIO_TOKEN", "is required with LABEL_STUDIO_URL (exports need the API token)");
        }

        var projects = new List<int>();
        foreach (var item in settings.List("LABEL_STUDIO_PROJECTS"))
        {
            if (int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                projects.Add(id);
            }
            else
            {
                settings.Problem("LABEL_STUDIO_PROJECTS", $"must list project ids (positive integers), not '{item}'");
            }
        }

        return new LabelStudioOptions { DataDirectory = dataDir, ApiUrl = url, Token = token, ProjectIds = projects };
    }
}
