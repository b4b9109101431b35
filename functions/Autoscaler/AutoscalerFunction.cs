using Functions.Autoscaler.Apply;
using Functions.Autoscaler.Configuration;
using Functions.Autoscaler.Metrics.Configuration;
using Functions.Autoscaler.Runs;
using Functions.Autoscaler.State;
using Functions.Scf.Cloud;
using Functions.Scf.Events;
using Functions.Scf.Hosting;
using Functions.State;
using Functions.State.Redis;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Functions.Autoscaler;

/// <summary>The Autoscaler's identity, events, commands and configuration.</summary>
internal static class AutoscalerFunction
{
    public const string Name = "Autoscaler";

    public static readonly FunctionDefinition Definition = new()
    {
        Name = Name,
        Summary = "Reads CPU, memory and request-rate metrics and sets the CloudBase Run instance count, saying why.",
        EventKinds = [EventKind.Timer, EventKind.Command],
        Commands =
        [
            new("scale", "Scale request from AlertHandler: {\"direction\":\"up\",\"alarmId\":\"…\",\"reason\":\"…\"} (de-duplicated by alarmId)."),
            new("set", "Pin the count until an expiry: {\"instances\":3,\"until\":\"2026-12-01T00:00:00Z\"} or {\"minutes\":120}; {\"clear\":true} unpins."),
            new("status", "Platform bounds and running instances, policy, pin, cooldowns left and the last decisions ({\"recent\":10})."),
            new("evaluate", "Decide without applying ({\"dryRun\":true} by default); what-if with {\"inputs\":{…}}; replay with {\"decision\":<id>}."),
            new("simulate", "Replay a load trace through the policy and the baselines."),
        ],
        Variables = [.. AutoscalerVariables.All, .. MetricsVariables.All],
        ConfigureServices = Configure,
    };

    private static void Configure(FunctionServices function)
    {
        var settings = AutoscalerSettings.Read(function.Settings);
        var services = function.Services;
        services.AddSingleton(settings);
        function.AddOptionalStateStores();
        function.AddTencentCloud();
        MetricsServices.Add(function);
        services.AddSingleton<ICloudRunScaler, CloudRunScaler>();
        services.AddSingleton(sp => CreateState(sp.GetService<NpgsqlDataSource>(), sp.GetService<RedisConnection>()));
        services.AddScoped<ScalingService>();
        services.AddScoped<WhatIfEvaluator>();
        services.AddScoped<StatusReader>();
        services.AddScoped<IFunctionHandler, AutoscalerHandler>();
    }

    private static AutoscalerState CreateState(NpgsqlDataSource? database, RedisConnection? redis)
    {
        IScalingLease? lease = redis is not null ? new RedisScalingLease(redis) : database is not null ? new PostgresScalingLease(database) : null;
        return new AutoscalerState(database is null ? null : new DecisionStore(database), lease);
    }
}
