using Ntm.Criteria.Rules;

// Load and check a workflow file once, compile it once, evaluate as many records as needed.
var workflow = RuleFile.Load(Path.Combine(AppContext.BaseDirectory, "water.json"))["Water"].Compile();

var commune = workflow
    .Inputs.CreateBuilder()
    .Set("Households", 1200)
    .Set("CleanWaterHouseholds", 1130)
    .Set("Region", "Delta")
    .Build();

foreach (var rule in workflow.Evaluate(commune).All)
{
    Console.WriteLine($"{rule.Rule}: {rule.Outcome} {rule.Comparison}");
}
