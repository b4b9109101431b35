namespace Functions.Deployment.Tests;

[TestClass]
public sealed class ScfCronExpressionTests
{
    [TestMethod]
    [DataRow("*/5 * * * * * *")]
    [DataRow("0 15 10 * * MON-FRI *")]
    [DataRow("0 0 10,14,16 * * * *")]
    [DataRow("0 */30 9-17 * * * *")]
    [DataRow("0 0 12 * * WED *")]
    [DataRow("0 1/10 * * JAN-MAR * 2026")]
    public void Problems_DocumentedExamples_AreValid(string expression)
    {
        Assert.IsEmpty(ScfCronExpression.Problems(expression));
    }

    [TestMethod]
    [DataRow("*/5 * * * *", "5 fields")]
    [DataRow("0 60 * * * * *", "minute")]
    [DataRow("0 0 24 * * * *", "hour")]
    [DataRow("0 0 0 0 * * *", "day")]
    [DataRow("0 0 0 ? * * *", "day")]
    [DataRow("0 0 0 L * * *", "day")]
    [DataRow("0 0 0 * * 7 *", "weekday")]
    [DataRow("0 0 0 * * MON#2 *", "weekday")]
    [DataRow("0 */0 * * * * *", "minute")]
    [DataRow("0 30-10 * * * * *", "minute")]
    [DataRow("0 0 0 * * * 2100", "year")]
    public void Problems_InvalidExpressions_NameTheField(string expression, string field)
    {
        var problems = ScfCronExpression.Problems(expression);

        Assert.IsNotEmpty(problems);
        Assert.Contains(field, problems[0]);
    }
}
