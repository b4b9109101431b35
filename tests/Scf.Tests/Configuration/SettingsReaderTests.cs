using Functions.Scf.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Functions.Scf.Tests.Configuration;

[TestClass]
public sealed class SettingsReaderTests
{
    [TestMethod]
    public void ThrowIfInvalid_ReportsEveryProblem_EachNamingItsVariable()
    {
        var settings = Reader(new() { ["MAX_EVENT_BYTES"] = "lots", ["LOG_LEVEL"] = "loud", ["DEADLINE_MARGIN_MS"] = "-5" });

        HostOptions.Read(settings);
        var error = Assert.ThrowsExactly<ConfigurationException>(settings.ThrowIfInvalid);

        Assert.HasCount(3, error.Problems);
        Assert.Contains(p => p.StartsWith("MAX_EVENT_BYTES must be an integer", StringComparison.Ordinal), error.Problems);
        Assert.Contains(p => p.StartsWith("LOG_LEVEL must be one of", StringComparison.Ordinal), error.Problems);
        Assert.Contains(p => p.StartsWith("DEADLINE_MARGIN_MS must be an integer from 0", StringComparison.Ordinal), error.Problems);
    }

    [TestMethod]
    public void HostOptions_Defaults_WhenUnset()
    {
        var settings = Reader(new());

        var options = HostOptions.Read(settings);
        settings.ThrowIfInvalid();

        Assert.AreEqual(6 * 1024 * 1024, options.MaxEventBytes);
        Assert.AreEqual(LogLevel.Information, options.LogLevel);
        Assert.AreEqual(TimeSpan.FromSeconds(1), options.DeadlineMargin);
        Assert.AreEqual(TimeSpan.FromSeconds(900), options.DefaultTimeLimit);
    }

    [TestMethod]
    public void Choice_RefusesNumbers_EvenWhenTheyMapToAMember()
    {
        var settings = Reader(new() { ["LOG_LEVEL"] = "2" });

        var level = settings.Choice("LOG_LEVEL", LogLevel.Information);

        Assert.AreEqual(LogLevel.Information, level);
        Assert.HasCount(1, settings.Problems);
    }

    [TestMethod]
    public void Url_WithWrongScheme_NamesTheSchemeButNeverTheValue()
    {
        var settings = Reader(new() { ["DATABASE_URL"] = "mysql://root:hunter22@db:3306/app" });

        var url = settings.Url("DATABASE_URL", "postgres", "postgresql");

        Assert.IsNull(url);
        var problem = settings.Problems.Single();
        Assert.Contains("DATABASE_URL must be a postgres:// or postgresql:// URL", problem);
        Assert.Contains("'mysql://'", problem);
        Assert.DoesNotContain("hunter22", problem);
    }

    [TestMethod]
    public void RequiredText_Missing_SaysWhatItShouldLookLike()
    {
        var settings = Reader(new() { ["BLANK"] = "   " });

        settings.RequiredText("BLANK", "a CloudBase environment id");

        Assert.AreEqual("BLANK is required (a CloudBase environment id).", settings.Problems.Single());
    }

    private static SettingsReader Reader(Dictionary<string, string?> values) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
}
