using System.Text;
using Functions.Scf.Errors;
using Functions.Scf.Events;
using Functions.TestSupport;

namespace Functions.Scf.Tests.Events;

[TestClass]
public sealed class EventClassifierTests
{
    private readonly EventClassifier _classifier = new(64 * 1024);

    [TestMethod]
    [DataRow("timer.json", EventKind.Timer)]
    [DataRow("timer-backup-nightly.json", EventKind.Timer)]
    [DataRow("http-function-url.json", EventKind.Http)]
    [DataRow("http-apigw.json", EventKind.Http)]
    [DataRow("http-tcr-push.json", EventKind.Http)]
    [DataRow("cos-object-created.json", EventKind.Cos)]
    [DataRow("command-health.json", EventKind.Command)]
    [DataRow("command-autoscaler-scale.json", EventKind.Command)]
    [DataRow("alarm-metric.json", EventKind.Alarm)]
    [DataRow("alarm-event-recovered.json", EventKind.Alarm)]
    public void Classify_Sample_HasExpectedKind(string sample, EventKind expected)
    {
        var result = _classifier.Classify(SampleEvents.Read(sample));

        Assert.AreEqual(expected, result.Kind);
    }

    [TestMethod]
    public void Classify_EverySample_IsRecognised()
    {
        foreach (var sample in SampleEvents.All())
        {
            _ = _classifier.Classify(SampleEvents.Read(sample));
        }

        Assert.IsGreaterThanOrEqualTo(10, SampleEvents.All().Count());
    }

    [TestMethod]
    public void Classify_Timer_ReadsFields()
    {
        var timer = (TimerEvent)_classifier.Classify(SampleEvents.Read("timer-backup-nightly.json"));

        Assert.AreEqual("nightly", timer.TriggerName);
        Assert.AreEqual(new DateTimeOffset(2026, 11, 27, 18, 30, 0, TimeSpan.Zero), timer.Time);
        Assert.AreEqual("{\"plan\":\"nightly\"}", timer.Message);
    }

    [TestMethod]
    public void Classify_TimerWithBadTime_NamesTheField()
    {
        var error = Assert.ThrowsExactly<EventFormatException>(() => Classify("""{"Type":"Timer","TriggerName":"t","Time":"yesterday"}"""));

        Assert.Contains("'Time'", error.Message);
        Assert.Contains("yesterday", error.Message);
    }

    [TestMethod]
    public void Classify_Cos_StripsAppIdAndBucketFromTheKey()
    {
        var cos = (CosEvent)_classifier.Classify(SampleEvents.Read("cos-object-created.json"));

        var record = cos.Records.Single();
        Assert.AreEqual("backups/2026-11-27/manifest.json", record.Key);
        Assert.AreEqual("testpic", record.Bucket);
        Assert.AreEqual("1253970026", record.AppId);
        Assert.AreEqual("cd", record.Region);
        Assert.AreEqual(1029, record.Size);
        Assert.AreEqual("cos:ObjectCreated:Put", record.EventName);
        Assert.AreEqual(DateTimeOffset.FromUnixTimeSeconds(1545205770), record.EventTime);
    }

    [TestMethod]
    public void Classify_CkafkaRecords_AreRefusedAsNotCos()
    {
        var error = Assert.ThrowsExactly<EventFormatException>(() =>
            Classify("""{"Records":[{"Ckafka":{"topic":"t","partition":1,"offset":36,"msgKey":"None","msgBody":"x"}}]}"""));

        Assert.Contains("Records[0]", error.Message);
        Assert.Contains("not a COS notification", error.Message);
    }

    [TestMethod]
    public void Classify_Command_KeepsArguments()
    {
        var command = (CommandEvent)_classifier.Classify(SampleEvents.Read("command-autoscaler-scale.json"));

        Assert.AreEqual("scale", command.Name);
        Assert.AreEqual("up", command.Arguments.RequiredString("direction"));
    }

    [TestMethod]
    [DataRow("""{"command":""}""", "empty")]
    [DataRow("""{"command":"   "}""", "empty")]
    [DataRow("""{"command":42}""", "must be a string, not a number")]
    [DataRow("""{"command":["status"]}""", "must be a string, not an array")]
    public void Classify_BadCommand_SaysWhatIsWrong(string json, string expected)
    {
        var error = Assert.ThrowsExactly<EventFormatException>(() => Classify(json));

        Assert.Contains(expected, error.Message);
        Assert.AreEqual(ErrorTypes.InvalidEvent, error.ErrorType);
    }

    [TestMethod]
    [DataRow("""{"sessionId":"s","alarmStatus":"1","alarmPolicyInfo":{}}""", true)]
    [DataRow("""{"sessionId":"s","alarmStatus":1,"alarmPolicyInfo":{}}""", true)]
    [DataRow("""{"sessionId":"s","alarmStatus":0,"alarmPolicyInfo":{}}""", false)]
    [DataRow("""{"sessionId":"s","alarmStatus":"0","alarmPolicyInfo":{}}""", false)]
    public void Classify_Alarm_AcceptsStatusAsNumberOrString(string json, bool firing)
    {
        var alarm = (AlarmEvent)Classify(json);

        Assert.AreEqual(firing, alarm.Firing);
        Assert.AreEqual("s", alarm.SessionId);
    }

    [TestMethod]
    public void Classify_AlarmWithUnknownStatus_IsRefused()
    {
        var error = Assert.ThrowsExactly<EventFormatException>(() => Classify("""{"alarmStatus":2,"alarmPolicyInfo":{}}"""));

        Assert.Contains("alarmStatus", error.Message);
    }

    [TestMethod]
    [DataRow("", "empty")]
    [DataRow("{not json", "not valid JSON")]
    [DataRow("[1,2,3]", "must be a JSON object, not array")]
    [DataRow("\"Timer\"", "must be a JSON object, not string")]
    [DataRow("""{"hello":"world","n":1}""", "Unrecognised event with fields [hello, n]")]
    public void Classify_Malformed_SaysWhatWasExpected(string json, string expected)
    {
        var error = Assert.ThrowsExactly<EventFormatException>(() => Classify(json));

        Assert.Contains(expected, error.Message);
        Assert.AreEqual(ErrorTypes.InvalidEvent, error.ErrorType);
    }

    [TestMethod]
    public void Classify_OverTheLimit_IsRefusedBeforeParsing()
    {
        var classifier = new EventClassifier(1024);
        var big = Encoding.UTF8.GetBytes("{\"command\":\"echo\",\"pad\":\"" + new string('x', 2000) + "\"}");

        var error = Assert.ThrowsExactly<EventFormatException>(() => classifier.Classify(big));

        Assert.AreEqual(ErrorTypes.EventTooLarge, error.ErrorType);
        Assert.Contains("MAX_EVENT_BYTES", error.Message);
    }

    [TestMethod]
    public void Classify_DeeplyNested_IsRefused()
    {
        var json = new string('[', 100) + new string(']', 100);

        Assert.ThrowsExactly<EventFormatException>(() => Classify("{\"command\":\"x\",\"a\":" + json + "}"));
    }

    private InvocationEvent Classify(string json) => _classifier.Classify(Encoding.UTF8.GetBytes(json));
}
