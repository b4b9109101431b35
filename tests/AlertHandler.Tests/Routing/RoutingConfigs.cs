using Functions.AlertHandler.Configuration;

namespace Functions.AlertHandler.Tests.Routing;

/// <summary>Builds configurations for routing tests from a compact JSON route.</summary>
internal static class RoutingConfigs
{
    public static AlertConfig WithRoute(string routeJson, string inhibitRules = "[]") => AlertConfigParser.Parse($$"""
        {
          "route": {{routeJson}},
          "receivers": [ { "name": "root" }, { "name": "a" }, { "name": "b" }, { "name": "c" } ],
          "inhibit_rules": {{inhibitRules}}
        }
        """);
}
