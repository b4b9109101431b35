using Functions.AlertHandler.Configuration.Documents;
using Functions.AlertHandler.Routing;

namespace Functions.AlertHandler.Configuration;

/// <summary>Validates inhibition rules.</summary>
internal static class InhibitRuleMapper
{
    /// <summary>Maps the rules.</summary>
    /// <param name="documents">The <c>inhibit_rules</c> array, or null.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <returns>The valid rules, each with its index in the file.</returns>
    public static IReadOnlyList<InhibitRule> Map(List<InhibitRuleDocument>? documents, List<string> problems)
    {
        var rules = new List<InhibitRule>();
        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var document = documents![i];
            var path = $"inhibit_rules[{i}]";
            var source = Side(document?.SourceMatchers, $"{path}.source_matchers", problems);
            var target = Side(document?.TargetMatchers, $"{path}.target_matchers", problems);
            var equal = document?.Equal ?? [];
            var valid = source is not null && target is not null;
            for (var j = 0; j < equal.Count; j++)
            {
                if (equal[j] is null || !MatcherSyntax.IsLabelName(equal[j]))
                {
                    problems.Add($"{path}.equal[{j}]: '{equal[j]}' is not a label name");
                    valid = false;
                }
            }

            if (valid)
            {
                rules.Add(new InhibitRule(i, source!, target!, equal.Distinct(StringComparer.Ordinal).ToArray()));
            }
        }

        return rules;
    }

    private static Matchers? Side(List<string>? texts, string path, List<string> problems)
    {
        if (texts is not { Count: > 0 })
        {
            // Alertmanager allows an empty side, which inhibits (or is inhibited by) every alert: almost always a mistake.
            problems.Add($"{path}: at least one matcher is required");
            return null;
        }

        try
        {
            return Matchers.Parse(texts, path);
        }
        catch (FormatException e)
        {
            problems.Add(e.Message);
            return null;
        }
    }
}
