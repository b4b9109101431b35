using System.Text.Json;
using Functions.Autoscaler.Simulation.Traces;

namespace Functions.Autoscaler.Tests.Simulation;

[TestClass]
public sealed class TraceParserTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(8));

    [TestMethod]
    public void Csv_IsoTimestamps_ReadsEveryPointAndItsOffset()
    {
        var trace = Csv("timestamp,load\n2026-11-30T00:00:00+08:00,10\n2026-11-30T00:01:00+08:00,20.5\n2026-11-30T00:02:00+08:00,0\n");

        Assert.HasCount(3, trace.Points);
        Assert.AreEqual(Start, trace.Points[0].At);
        Assert.AreEqual(TimeSpan.FromHours(8), trace.Points[0].At.Offset);
        Assert.AreEqual(20.5, trace.Points[1].Load);
        Assert.AreEqual(TimeSpan.FromMinutes(1), trace.Step);
        Assert.AreEqual(Start.AddMinutes(3), trace.End, "the last point holds for one median step");
    }

    [TestMethod]
    public void Csv_UnixSecondsAndNoOffset_AreUtc()
    {
        var unix = Csv("timestamp,load\r\n1796086800,60\r\n1796086860,70\r\n\r\n");
        var iso = Csv("Timestamp , Load\n2026-12-01T01:00:00,60\n2026-12-01T01:01:00,70\n");

        Assert.AreEqual(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero), unix.Points[0].At);
        Assert.AreEqual(unix.Points[1].At, iso.Points[1].At);
        Assert.AreEqual(TimeSpan.Zero, iso.Points[0].At.Offset);
    }

    [TestMethod]
    public void Json_TAndTimestampKeys_BothTimestampForms()
    {
        var trace = TraceParser.Parse(
            """[{"t":"2026-11-30T00:00:00+08:00","load":5},{"timestamp":1795968060,"load":6},{"t":"1795968120","load":7.5}]""",
            TraceFormat.Json, "test", TraceLimits.Default);

        Assert.HasCount(3, trace.Points);
        Assert.AreEqual(Start.AddMinutes(1), trace.Points[1].At);
        Assert.AreEqual(7.5, trace.Points[2].Load);
    }

    [TestMethod]
    public void Json_InlineArray_IsReadFromTheEvent()
    {
        using var json = JsonDocument.Parse("""[{"t":0,"load":1},{"t":60,"load":2}]""");

        var trace = TraceParser.Parse(json.RootElement, TraceLimits.Default);

        Assert.AreEqual("inline", trace.Source);
        Assert.AreEqual(DateTimeOffset.UnixEpoch.AddMinutes(1), trace.Points[1].At);
    }

    [TestMethod]
    [DataRow("timestamp,load\n", "no points")]
    [DataRow("", "empty")]
    [DataRow("   \n\n", "empty")]
    [DataRow("time,requests\n0,1\n60,1\n", "line 1: the first line must be the header 'timestamp,load'")]
    [DataRow("timestamp,load\n0,1\n", "line 2: the trace has a single point")]
    [DataRow("timestamp,load\n0,1\n60,1\n120,-3\n", "line 4: load -3 is negative")]
    [DataRow("timestamp,load\n0,1\n60,lots\n", "line 3: load 'lots' is not a number")]
    [DataRow("timestamp,load\n0,1\n60,NaN\n", "line 3: load 'NaN' is not a number")]
    [DataRow("timestamp,load\n0,1\nyesterday,1\n", "line 3: timestamp 'yesterday' is neither ISO-8601 nor unix seconds")]
    [DataRow("timestamp,load\n0,1\n60,1,2\n", "line 3: expected two fields")]
    [DataRow("timestamp,load\n0,1\n120,1\n60,1\n", "line 4: timestamp 1970-01-01T00:01:00+00:00 is earlier than line 3's 1970-01-01T00:02:00+00:00")]
    [DataRow("timestamp,load\n0,1\n60,1\n\n60,2\n", "line 5: duplicate timestamp 1970-01-01T00:01:00+00:00 (same as line 3)")]
    public void Csv_BadInput_NamesTheLineAndTheProblem(string csv, string expected)
    {
        var error = Assert.ThrowsExactly<TraceException>(() => Csv(csv));

        Assert.Contains(expected, error.Message);
    }

    [TestMethod]
    [DataRow("""[]""", "no points")]
    [DataRow("""{"t":0,"load":1}""", "must be an array")]
    [DataRow("""[{"t":0,"load":1},{"t":60,"load":-1}]""", "[1]: load -1 is negative")]
    [DataRow("""[{"t":0,"load":1},{"t":60,"load":"5"}]""", "[1]: load \"5\" is not a number")]
    [DataRow("""[{"t":0,"load":1},{"load":5}]""", "[1]: has neither 't' nor 'timestamp'")]
    [DataRow("""[{"t":0,"load":1},{"t":60}]""", "[1]: has no 'load'")]
    [DataRow("""[{"t":60,"load":1},{"t":0,"load":1}]""", "[1]: timestamp 1970-01-01T00:00:00+00:00 is earlier than [0]'s")]
    [DataRow("""[{"t":0,"load":1},{"t":0,"load":1}]""", "[1]: duplicate timestamp")]
    [DataRow("""[{"t":0,"load":1},""", "not valid JSON at line 1")]
    public void Json_BadInput_NamesTheIndexAndTheProblem(string json, string expected)
    {
        var error = Assert.ThrowsExactly<TraceException>(() => TraceParser.Parse(json, TraceFormat.Json, "test", TraceLimits.Default));

        Assert.Contains(expected, error.Message);
    }

    [TestMethod]
    public void Gap_LongerThanFiveMedianSteps_IsRefusedSayingWhere()
    {
        var lines = Enumerable.Range(0, 10).Select(m => $"{m * 60},5").Append($"{(9 * 60) + 301},5");

        var error = Assert.ThrowsExactly<TraceException>(() => Csv("timestamp,load\n" + string.Join('\n', lines)));

        Assert.Contains("line 12: a gap of 301 s after line 11", error.Message);
        Assert.Contains("longer than 300 s (5 × the median step of 60 s)", error.Message);
    }

    [TestMethod]
    public void Gap_OfExactlyFiveSteps_IsAllowed()
    {
        var trace = Csv("timestamp,load\n0,1\n60,1\n120,1\n420,1\n480,1\n");

        Assert.HasCount(5, trace.Points);
    }

    [TestMethod]
    public void Gap_ConfiguredMaximum_ReplacesTheMedianRule()
    {
        var csv = "timestamp,load\n0,1\n60,1\n180,1\n";

        var error = Assert.ThrowsExactly<TraceException>(() => TraceParser.Parse(csv, TraceFormat.Csv, "test", new TraceLimits(MaxGap: TimeSpan.FromSeconds(90))));

        Assert.Contains("line 4: a gap of 120 s", error.Message);
        Assert.Contains("the configured maximum", error.Message);
    }

    [TestMethod]
    public void TooManyPoints_IsRefusedRatherThanCut()
    {
        var csv = "timestamp,load\n" + string.Join('\n', Enumerable.Range(0, 4).Select(m => $"{m * 60},1"));
        var json = "[" + string.Join(',', Enumerable.Range(0, 4).Select(m => $$"""{"t":{{m * 60}},"load":1}""")) + "]";
        var limits = new TraceLimits(MaxPoints: 3);

        var csvError = Assert.ThrowsExactly<TraceException>(() => TraceParser.Parse(csv, TraceFormat.Csv, "test", limits));
        var jsonError = Assert.ThrowsExactly<TraceException>(() => TraceParser.Parse(json, TraceFormat.Json, "test", limits));

        Assert.Contains("line 5: the trace has more than 3 points", csvError.Message);
        Assert.Contains("4 points, more than the 3 allowed", jsonError.Message);
    }

    private static LoadTrace Csv(string text) => TraceParser.Parse(text, TraceFormat.Csv, "test", TraceLimits.Default);
}
