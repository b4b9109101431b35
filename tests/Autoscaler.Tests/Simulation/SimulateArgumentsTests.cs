using Functions.Autoscaler.Policy;
using Functions.Autoscaler.Simulation;
using Functions.Autoscaler.Simulation.Traces;
using Functions.Scf.Errors;
using static Functions.Autoscaler.Tests.Simulation.SimulateCommandTests;

namespace Functions.Autoscaler.Tests.Simulation;

[TestClass]
public sealed class SimulateArgumentsTests
{
    [TestMethod]
    public void Defaults_AreTheDocumentedOnes()
    {
        var request = SimulateArguments.Read(Command("""{"trace":"week.csv"}"""), ScalingPolicy.Default);

        Assert.AreEqual((140.0, 60.0, 60, 1, 10, 2), (request.Settings.CapacityPerInstance, request.Settings.StartupDelaySeconds,
            request.Settings.IntervalSeconds, request.Settings.MinInstances, request.Settings.MaxInstances, request.Settings.InitialInstances));
        Assert.AreEqual(TraceFormat.Csv, request.Trace.Format);
        Assert.IsNull(request.Limits.MaxGap);
        Assert.IsFalse(request.Ticks);
        Assert.IsNull(request.Plot);
        Assert.IsTrue(request.Contenders.All(c => c.Policy.MinInstances == 1 && c.Policy.MaxInstances == 10));
    }

    [TestMethod]
    public void EverySetting_IsRead()
    {
        var request = SimulateArguments.Read(Command("""
            {"trace":"t.data","format":"json","capacityPerInstance":"95.5","startupDelaySeconds":30,"intervalSeconds":15,
             "minInstances":2,"maxInstances":20,"initialInstances":5,"maxGapSeconds":600,"ticks":"true"}
            """), ScalingPolicy.Default);

        Assert.AreEqual(new Functions.Autoscaler.Simulation.Model.SimulationSettings(95.5, 30, 15, 2, 20, 5), request.Settings);
        Assert.AreEqual(TraceFormat.Json, request.Trace.Format);
        Assert.AreEqual(TimeSpan.FromMinutes(10), request.Limits.MaxGap);
        Assert.IsTrue(request.Ticks);
        Assert.IsTrue(request.Contenders.All(c => c.Policy.MinInstances == 2 && c.Policy.MaxInstances == 20));
    }

    [TestMethod]
    public void InlineText_IsCsvOrJsonByItsShape()
    {
        Assert.AreEqual(TraceFormat.Csv, SimulateArguments.Read(Command("""{"trace":"timestamp,load\n0,1\n60,1"}"""), ScalingPolicy.Default).Trace.Format);
        Assert.AreEqual(TraceFormat.Json, SimulateArguments.Read(Command("""{"trace":"[{\"t\":0,\"load\":1}]"}"""), ScalingPolicy.Default).Trace.Format);
    }

    [TestMethod]
    [DataRow("""{}""", "is missing the field 'trace'")]
    [DataRow("""{"trace":""}""", "field 'trace' must be a file path, CSV or JSON text, or an array of points, not an empty string")]
    [DataRow("""{"trace":42}""", "field 'trace' must be a string, not a number")]
    [DataRow("""{"trace":"load.txt"}""", "field 'format' is needed: the trace file 'load.txt' ends neither in .csv nor in .json")]
    [DataRow("""{"trace":"a.csv","format":"xml"}""", "field 'format' must be \"csv\" or \"json\", not \"xml\"")]
    [DataRow("""{"trace":[],"format":"csv"}""", "field 'format' is \"csv\" but 'trace' is a JSON array")]
    [DataRow("""{"trace":"a.csv","capacity":140}""", "has an unknown field 'capacity' (known: trace, format, capacityPerInstance")]
    [DataRow("""{"trace":"a.csv","capacityPerInstance":0}""", "field 'capacityPerInstance' must be above 0 and at most 1000000, not 0")]
    [DataRow("""{"trace":"a.csv","capacityPerInstance":"fast"}""", "field 'capacityPerInstance' must be a number, not \"fast\"")]
    [DataRow("""{"trace":"a.csv","startupDelaySeconds":-1}""", "field 'startupDelaySeconds' must be at least 0 and at most 3600, not -1")]
    [DataRow("""{"trace":"a.csv","intervalSeconds":7.5}""", "field 'intervalSeconds' must be a whole number, not 7.5")]
    [DataRow("""{"trace":"a.csv","intervalSeconds":0}""", "field 'intervalSeconds' must be from 1 to 3600, not 0")]
    [DataRow("""{"trace":"a.csv","minInstances":0}""", "field 'minInstances' must be from 1 to 50, not 0")]
    [DataRow("""{"trace":"a.csv","minInstances":5,"maxInstances":3}""", "field 'maxInstances' must be from 5 to 50 (minInstances to CloudBase Run's MaxNum limit), not 3")]
    [DataRow("""{"trace":"a.csv","maxInstances":51}""", "field 'maxInstances' must be from 1 to 50")]
    [DataRow("""{"trace":"a.csv","initialInstances":11}""", "field 'initialInstances' must be from 1 to 10 (minInstances to maxInstances), not 11")]
    [DataRow("""{"trace":"a.csv","maxGapSeconds":0}""", "field 'maxGapSeconds' must be above 0")]
    [DataRow("""{"trace":"a.csv","ticks":"sometimes"}""", "field 'ticks' must be a boolean")]
    [DataRow("""{"trace":"a.csv","plot":"/no/such/folder/sim.svg"}""", "field 'plot': folder '/no/such/folder' does not exist")]
    public void BadArgument_IsInvalidArgumentsNamingTheField(string arguments, string expected)
    {
        var error = Assert.ThrowsExactly<InvalidArgumentsException>(() => SimulateArguments.Read(Command(arguments), ScalingPolicy.Default));

        Assert.StartsWith("command 'simulate' ", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [TestMethod]
    public async Task MissingTraceFile_IsInvalidArgumentsNamingThePath()
    {
        var command = Command("""{"trace":"/no/such/trace.csv"}""");

        var error = await Assert.ThrowsExactlyAsync<InvalidArgumentsException>(
            () => SimulateCommand.ReportAsync(command, ScalingPolicy.Default, TimeProvider.System, CancellationToken.None));

        Assert.AreEqual("command 'simulate' field 'trace' (/no/such/trace.csv): file '/no/such/trace.csv' does not exist.", error.Message);
    }

    [TestMethod]
    public void InvalidPolicy_IsRefusedNamingThePolicyAndField()
    {
        var broken = ScalingPolicy.Default with { Up = DirectionBehavior.DefaultUp with { Tolerance = 2 } };

        var error = Assert.ThrowsExactly<InvalidArgumentsException>(() => SimulateArguments.Read(Command("""{"trace":"a.csv"}"""), broken));

        Assert.Contains("ours: up.tolerance must be from 0 to below 1, not 2", error.Message);
    }
}
