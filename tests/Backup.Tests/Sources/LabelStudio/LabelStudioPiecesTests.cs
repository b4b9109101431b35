using Functions.Backup.Sources.LabelStudio;

namespace Functions.Backup.Tests.Sources.LabelStudio;

[TestClass]
public sealed class LabelStudioPiecesTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("media/upload/1/a.png", "media/upload/1/a.png")]
    [DataRow("./media//avatars/", "media/avatars")]
    [DataRow("./", "")]
    public void TryNormalize_SafeNames_AreRelative(string name, string expected)
    {
        Assert.IsTrue(TarEntryPaths.TryNormalize(name, out var relative));
        Assert.AreEqual(expected, relative);
    }

    [TestMethod]
    [DataRow("../x")]
    [DataRow("a/../../x")]
    [DataRow("/etc/passwd")]
    [DataRow("a\0b")]
    [DataRow("")]
    public void TryNormalize_UnsafeNames_AreRefused(string name) => Assert.IsFalse(TarEntryPaths.TryNormalize(name, out _));

    [TestMethod]
    public void Parse_IntegrityProblemsOverSeveralLines_AreNotSound()
    {
        var facts = SqliteFacts.Parse(
            "version=3.40.1\npage_size=4096\npage_count=12\ntables=3\nintegrity_check:\n" +
            "*** in database main ***\nPage 5: btreeInitPage() returns error code 11\nError: stepping, database disk image is malformed (11)\n");

        Assert.IsFalse(facts.IsSound);
        Assert.AreEqual(3, facts.Tables);
        Assert.AreEqual(12, facts.PageCount);
        Assert.Contains("Page 5", facts.IntegritySummary);
    }

    [TestMethod]
    public void Parse_Ok_IsSound()
    {
        var facts = SqliteFacts.Parse("version=3.40.1\npage_size=4096\npage_count=12\ntables=3\nintegrity_check:\nok\n");

        Assert.IsTrue(facts.IsSound);
        Assert.AreEqual("3.40.1", facts.Version);
    }

    [TestMethod]
    public async Task FileSnapshotStream_FileGrowsWhileRead_ReadsItsFirstLength()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, new byte[1000], TestContext.CancellationToken);
        await using (var snapshot = new FileSnapshotStream(path))
        {
            await File.AppendAllTextAsync(path, "more", TestContext.CancellationToken);
            using var copy = new MemoryStream();
            await snapshot.CopyToAsync(copy, TestContext.CancellationToken);

            Assert.AreEqual(1000, copy.Length);
            Assert.IsTrue(snapshot.Grew);
            Assert.IsFalse(snapshot.Shrank);
        }

        File.Delete(path);
    }

    [TestMethod]
    public async Task FileSnapshotStream_FileShrinksWhileRead_IsPaddedToItsFirstLength()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, Enumerable.Repeat((byte)7, 1000).ToArray(), TestContext.CancellationToken);
        await using (var snapshot = new FileSnapshotStream(path))
        {
            await using (var truncate = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
            {
                truncate.SetLength(400);
            }

            using var copy = new MemoryStream();
            await snapshot.CopyToAsync(copy, TestContext.CancellationToken);

            Assert.AreEqual(1000, copy.Length);
            Assert.IsTrue(snapshot.Shrank);
            Assert.AreEqual(0, copy.ToArray()[999]);
        }

        File.Delete(path);
    }
}
