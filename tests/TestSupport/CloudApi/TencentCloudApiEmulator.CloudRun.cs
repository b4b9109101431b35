using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Functions.TestSupport.CloudApi;

public sealed partial class TencentCloudApiEmulator
{
    private void RegisterCloudRun()
    {
        Register("tcbr", "DescribeCloudRunServers", DescribeServers);
        Register("tcbr", "DescribeCloudRunServerDetail", body => Locked(Service(body), DescribeDetail));
        Register("tcbr", "DescribeCloudRunPodList", body => Locked(Service(body), s => DescribePods(s, body)));
        Register("tcbr", "UpdateCloudRunServer", body => Locked(Service(body), s => Deploy(s, body)));
        Register("tcbr", "SubmitServerConfigChangeDiff", body => Locked(Service(body), s => ChangeConfig(s, body)));
        Register("tcbr", "ReleaseGray", body => Locked(Service(body), s => ReleaseGray(s, body)));
        Register("tcbr", "DescribeServerManageTask", body => Locked(Service(body), s => DescribeTask(s, body)));
        Register("tcbr", "OperateServerManage", body => Locked(Service(body), s => OperateTask(s, body)));
        Register("tcbr", "DescribeReleaseOrder", body => Locked(Service(body), DescribeReleaseOrder));
    }

    private CloudRunService Service(JsonElement body) => CloudRun.Get(body.Required("EnvId"), body.Required("ServerName"));

    private static JsonObject Locked(CloudRunService service, Func<CloudRunService, JsonObject> action)
    {
        lock (service)
        {
            return action(service);
        }
    }

    private JsonObject DescribeServers(JsonElement body)
    {
        var services = CloudRun.InEnvironment(body.Required("EnvId"));
        var size = (int)Math.Clamp(body.Number("PageSize") is > 0 and { } s ? s : 9, 1, 30);
        var page = (int)Math.Max(body.Number("PageNum") ?? 1, 1);
        var list = new JsonArray();
        foreach (var service in services.Skip((page - 1) * size).Take(size))
        {
            list.Add(BaseInfo(service));
        }

        return new JsonObject { ["ServerList"] = list, ["Total"] = services.Count };
    }

    private static JsonObject DescribeDetail(CloudRunService service)
    {
        var versions = new JsonArray();
        foreach (var version in service.Versions.Where(v => v.Percent > 0 || service.Tasks.Values.Any(t => t.IsRunning && t.Version == v.Name)))
        {
            versions.Add(new JsonObject { ["VersionName"] = version.Name, ["ImageUrl"] = version.Image, ["FlowRatio"] = version.Percent.ToString(CultureInfo.InvariantCulture) });
        }

        return new JsonObject { ["BaseInfo"] = BaseInfo(service), ["ServerConfig"] = Config(service), ["OnlineVersionInfos"] = versions };
    }

    private static JsonObject DescribePods(CloudRunService service, JsonElement body)
    {
        var pods = new JsonArray();
        var shown = Math.Min(service.Instances, body.Number("PageSize") ?? 10);
        for (var i = 0; i < shown; i++)
        {
            pods.Add(new JsonObject { ["PodId"] = $"{service.Name}-pod-{i}", ["Status"] = "Running", ["CreateTime"] = "2026-11-27 09:00:00" });
        }

        return new JsonObject { ["PodList"] = pods, ["TotalCount"] = service.Instances };
    }

    private JsonObject Deploy(CloudRunService service, JsonElement body)
    {
        if (service.Tasks.Values.Any(t => t.IsRunning))
        {
            throw new ApiErrorException("ResourceInUse", "A release task is running for this service.");
        }

        var deploy = body.TryGetProperty("DeployInfo", out var d) ? d : throw new ApiErrorException("MissingParameter", "The request is missing the required parameter `DeployInfo`.");
        if (deploy.Required("DeployType") != "image")
        {
            throw new ApiErrorException("InvalidParameterValue", "The emulator deploys images only.");
        }

        var releaseType = deploy.Optional("ReleaseType") ?? "FULL";
        var previous = service.Versions.MaxBy(v => v.Percent)?.Name;
        var version = new CloudRunVersion($"{service.Name}-{service.Versions.Count + 1:000}", deploy.Required("ImageUrl"));
        service.Versions.Add(version);
        if (releaseType == "FULL")
        {
            service.Versions.ForEach(v => v.Percent = 0);
            version.Percent = 100;
        }

        var task = new CloudRunTask(CloudRun.NextTaskId(), version.Name, previous, releaseType);
        service.Tasks[task.Id] = task;
        return new JsonObject { ["EnvId"] = service.EnvId, ["TaskId"] = task.Id };
    }

    private static JsonObject ChangeConfig(CloudRunService service, JsonElement body)
    {
        long? min = null, max = null;
        foreach (var item in body.Array("Items"))
        {
            var key = item.Required("Key");
            switch (key)
            {
                case "MinNum":
                    min = item.Number("IntValue") ?? throw new ApiErrorException("InvalidParameterValue", "MinNum takes IntValue.");
                    break;
                case "MaxNum":
                    max = item.Number("IntValue") ?? throw new ApiErrorException("InvalidParameterValue", "MaxNum takes IntValue.");
                    break;
                case "PolicyDetails":
                    service.Policies.Clear();
                    service.Policies.AddRange(item.Array("PolicyDetails").Select(p => (p.Required("PolicyType"), p.Number("PolicyThreshold") ?? 0)));
                    break;
                case "OperationMode":
                    service.OperationMode = item.Required("Value");
                    break;
                default:
                    throw new ApiErrorException("InvalidParameterValue", $"The emulator does not change {key}.");
            }

            service.ConfigChanges.Add(key);
        }

        var newMin = min ?? service.MinNum;
        var newMax = max ?? service.MaxNum;
        if (newMin < 0 || newMin > newMax)
        {
            throw new ApiErrorException("InvalidParameterValue", $"MinNum {newMin} must be between 0 and MaxNum {newMax}.");
        }

        (service.MinNum, service.MaxNum) = (newMin, newMax);
        service.Instances = Math.Clamp(service.Instances, newMin, newMax);
        return new JsonObject { ["TaskId"] = 0 };
    }

    private static JsonObject ReleaseGray(CloudRunService service, JsonElement body)
    {
        if (body.Required("TrafficType") != "FLOW")
        {
            throw new ApiErrorException("InvalidParameterValue", "The emulator supports FLOW traffic only.");
        }

        var shares = body.Array("VersionFlowItems").ToDictionary(i => i.Required("VersionName"), i => (int)(i.Number("FlowRatio") ?? 0));
        if (shares.Keys.Any(name => service.Versions.All(v => v.Name != name)) || shares.Values.Sum() != 100)
        {
            throw new ApiErrorException("InvalidParameter", "VersionFlowItems must name existing versions and add up to 100.");
        }

        service.Versions.ForEach(v => v.Percent = shares.GetValueOrDefault(v.Name));
        return [];
    }

    private JsonObject DescribeTask(CloudRunService service, JsonElement body)
    {
        var id = body.Number("TaskId") ?? 0;
        var task = id == 0 ? service.Tasks.Values.LastOrDefault(t => t.IsRunning) : service.Tasks.GetValueOrDefault(id);
        if (task is null)
        {
            return new JsonObject { ["IsExist"] = false };
        }

        var answer = new JsonObject { ["IsExist"] = true, ["Task"] = TaskInfo(service, task) };
        if (CloudRun.FinishTasksWhenPolled && task.IsRunning)
        {
            task.Deployed = true;
            if (!(CloudRun.GrayReleasesStayOpen && task.ReleaseType == "GRAY"))
            {
                task.Status = "finished";
            }
        }

        return answer;
    }

    private static JsonObject OperateTask(CloudRunService service, JsonElement body)
    {
        var task = service.Tasks.GetValueOrDefault(body.Number("TaskId") ?? -1) ?? throw new ApiErrorException("ResourceNotFound", "The task does not exist.");
        switch (body.Required("OperateType"))
        {
            case "cancel":
                task.Status = "cancelled";
                break;
            case "go_back":
                service.Versions.ForEach(v => v.Percent = v.Name == task.PreviousVersion ? 100 : 0);
                task.Status = "rolled_back";
                break;
            case "done":
                task.Deployed = true;
                task.Status = "finished";
                break;
            default:
                throw new ApiErrorException("InvalidParameterValue", "OperateType must be cancel, go_back or done.");
        }

        return [];
    }

    private static JsonObject DescribeReleaseOrder(CloudRunService service)
    {
        var task = service.Tasks.Values.LastOrDefault(t => t.IsRunning);
        if (task is null)
        {
            return new JsonObject { ["IsExist"] = false };
        }

        JsonObject Version(string? name) => new()
        {
            ["VersionName"] = name,
            ["FlowRatio"] = service.Versions.FirstOrDefault(v => v.Name == name)?.Percent ?? 0,
            ["CurrentReplicas"] = service.Instances,
            ["MinReplicas"] = service.MinNum,
            ["MaxReplicas"] = service.MaxNum,
        };

        return new JsonObject
        {
            ["IsExist"] = true,
            ["ReleaseOrderInfo"] = new JsonObject
            {
                ["Id"] = task.Id,
                ["ServerName"] = service.Name,
                ["CurrentVersion"] = Version(task.PreviousVersion),
                ["ReleaseVersion"] = Version(task.Version),
                ["TrafficType"] = "FLOW",
                ["IsReleasing"] = true,
            },
        };
    }

    private static JsonObject BaseInfo(CloudRunService service) => new()
    {
        ["ServerName"] = service.Name,
        ["Status"] = service.Status,
        ["ServerType"] = "container",
        ["TrafficType"] = "FLOW",
        ["DefaultDomainName"] = $"{service.Name}.{service.EnvId}.app.tcloudbase.com",
    };

    private static JsonObject Config(CloudRunService service)
    {
        var policies = new JsonArray();
        foreach (var (type, threshold) in service.Policies)
        {
            policies.Add(new JsonObject { ["PolicyType"] = type, ["PolicyThreshold"] = threshold });
        }

        return new JsonObject
        {
            ["EnvId"] = service.EnvId,
            ["ServerName"] = service.Name,
            ["Cpu"] = service.Cpu,
            ["Mem"] = service.Mem,
            ["MinNum"] = service.MinNum,
            ["MaxNum"] = service.MaxNum,
            ["PolicyDetails"] = policies,
            ["OperationMode"] = service.OperationMode,
            ["Port"] = 8000,
        };
    }

    private static JsonObject TaskInfo(CloudRunService service, CloudRunTask task) => new()
    {
        ["Id"] = task.Id,
        ["EnvId"] = service.EnvId,
        ["ServerName"] = service.Name,
        ["ReleaseType"] = task.ReleaseType,
        ["VersionName"] = task.Version,
        ["PreVersionName"] = task.PreviousVersion,
        ["Status"] = task.Status,
        ["FailReason"] = task.FailReason ?? "",
        ["Steps"] = new JsonArray(new JsonObject { ["Name"] = "deploy", ["Status"] = task.IsRunning && !task.Deployed ? "running" : "finished", ["CostTime"] = 3 }),
    };
}
