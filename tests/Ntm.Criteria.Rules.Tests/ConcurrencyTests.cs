namespace Ntm.Criteria.Rules.Tests;

public class ConcurrencyTests
{
    [Fact]
    public void Evaluate_OneCompiledWorkflowFromManyThreads_SameAsOneThread()
    {
        var workflow = RuleFile.Load(TestWorkflows.Fixture("example.json"))["Example"].Compile();
        var random = new Random(7);
        string[] regions = ["Mountain", "Delta", "Coastal"];
        var records = Enumerable
            .Range(0, 2_000)
            .Select(_ =>
                workflow
                    .Inputs.CreateBuilder()
                    .Set("IncomePerCapita", random.Next(5) == 0 ? null : Math.Round(random.NextDouble() * 100, 1))
                    .Set("PoorHouseholdRate", Math.Round(random.NextDouble() * 5, 2))
                    .Set("Households", random.Next(0, 2000))
                    .Set("CleanWaterHouseholds", random.Next(0, 2000))
                    .Set("HasCraftVillage", random.Next(2) == 0)
                    .Set("Region", regions[random.Next(3)])
                    .Build()
            )
            .ToArray();
        var expected = records.Select(r => Describe(workflow.Evaluate(r))).ToArray();

        var actual = new string[records.Length];
        var outcomes = new RuleOutcome[records.Length][];
        Parallel.For(
            0,
            records.Length * 8,
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            i =>
            {
                var index = i % records.Length;
                if (i < records.Length)
                {
                    actual[index] = Describe(workflow.Evaluate(records[index]));
                }
                else
                {
                    var buffer = new RuleOutcome[workflow.Rules.Length];
                    workflow.EvaluateOutcomes(records[index], buffer);
                    Assert.Equal(expected[index].Split('|')[0], string.Join(",", buffer));
                }
            }
        );

        Assert.Equal(expected, actual);
    }

    private static string Describe(WorkflowResult result) =>
        string.Join(",", result.All.Select(r => r.Outcome))
        + "|"
        + string.Join(";", result.All.Select(r => r.Comparison?.ToString()));
}
