namespace Functions.Notify.Tests.Messages;

[TestClass]
public sealed class NotificationDigestTests
{
    [TestMethod]
    public void Fold_One_ReturnsItUnchanged()
    {
        var only = new Notification("a", "b", NotificationStatus.Info, null);

        Assert.AreSame(only, NotificationDigest.Fold([only]));
    }

    [TestMethod]
    public void Fold_Several_TitleCountsThemAndEachIsASection()
    {
        var digest = NotificationDigest.Fold(
        [
            new Notification("CPU high", "cpu 95%", NotificationStatus.Firing, new Uri("https://grafana.example/d/1")),
            new Notification("Disk ok", "disk 40%", NotificationStatus.Resolved, null),
        ]);

        Assert.AreEqual("2 notifications", digest.Title);
        Assert.AreEqual(NotificationStatus.Firing, digest.Status, "anything firing makes the digest firing");
        Assert.Contains("#### [FIRING] CPU high\ncpu 95%\n[details](https://grafana.example/d/1)", digest.Markdown);
        Assert.Contains("#### [RESOLVED] Disk ok\ndisk 40%", digest.Markdown);
    }

    [TestMethod]
    public void Fold_Many_LongOnesAreCutAndTheRestCounted()
    {
        var many = Enumerable.Range(1, 60).Select(i => new Notification($"alert {i}", new string('x', 2000), NotificationStatus.Resolved, null)).ToArray();

        var digest = NotificationDigest.Fold(many);

        Assert.IsLessThanOrEqualTo(NotificationDigest.Budget + 1000, digest.Markdown.Length);
        Assert.Contains("…", digest.Markdown);
        Assert.EndsWith("more.", digest.Markdown);
        Assert.AreEqual(NotificationStatus.Resolved, digest.Status);
    }
}
