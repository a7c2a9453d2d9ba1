namespace Ntm.Criteria.Rules.Tests;

public class ExampleWorkflowTests
{
    private static readonly CompiledWorkflow Workflow = RuleFile
        .Load(TestWorkflows.Fixture("example.json"))["Example"]
        .Compile();

    private static WorkflowResult Evaluate(params (string Name, object? Value)[] values) =>
        Workflow.Evaluate(Workflow.Inputs.CreateRecord(values.Select(v => KeyValuePair.Create(v.Name, v.Value))));

    [Fact]
    public void Load_ExampleFile_ReadsInputsParamsAndRules()
    {
        var workflow = Workflow.Workflow;
        Assert.Equal(
            ["IncomePerCapita", "PoorHouseholdRate", "Households", "CleanWaterHouseholds", "HasCraftVillage", "Region"],
            workflow.Inputs.Select(i => i.Name)
        );
        Assert.Equal("Thu nhập bình quân đầu người", workflow.Inputs[0].Labels["vi"]);
        Assert.Equal("million VND/person/year", workflow.Inputs[0].Unit);
        Assert.Equal(["Mountain", "Delta", "Coastal"], workflow.Inputs[5].AllowedValues.AsEnumerable());
        Assert.Equal("incomeThreshold", Assert.Single(workflow.GlobalParams).Name);
        Assert.Equal(RuleOperator.AndAlso, workflow.Rules[1].Operator);
        Assert.Equal("cleanWaterRate", Assert.Single(workflow.Rules[1].LocalParams).Name);
        Assert.Equal("10.1", workflow.Rules[0].Rules[0].Properties["Number"].GetString());
        Assert.Equal("poverty ok", workflow.Rules[0].Rules[1].SuccessEvent);
        Assert.Equal("too many poor households", workflow.Rules[0].Rules[1].ErrorMessage);
        Assert.False(workflow.Rules[1].Rules[2].Enabled);
    }

    [Fact]
    public void Load_PropertiesValues_KeepWhereTheyStand_ForTheLayersAboveToReportThere()
    {
        var text = """
            { "WorkflowName": "W",
              "Properties": { "Set": { "InForce": { "From": "2022-01-01" } } },
              "Rules": [ { "RuleName": "R", "Expression": "true",
                "Properties": { "Rows": [ { "Region": "DBSH" }, { "Region": "BTB" } ] } } ] }
            """;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        var workflow = RuleFile.Load(stream, "test.json")["W"];

        Assert.Equal(new SourcePosition(2, 49), workflow.PropertyPositions["Set.InForce.From"]);
        Assert.Equal(new SourcePosition(4, 65), workflow.Rules[0].PropertyPositions["Rows[1].Region"]);
        Assert.Equal(new SourcePosition(4, 53), workflow.Rules[0].PropertyPositions["Rows[1]"]);
        Assert.False(workflow.Rules[0].PropertyPositions.ContainsKey("Set.InForce.From"));
    }

    [Fact]
    public void Compile_ExampleFile_NumbersEnabledRulesInPreOrder()
    {
        Assert.Equal(
            [
                "Example › Income and poverty",
                "Example › Income and poverty › Income",
                "Example › Income and poverty › Poverty",
                "Example › Water",
                "Example › Water › Clean water",
                "Example › Water › Craft village water",
            ],
            Workflow.Rules.Select(r => r.ToString())
        );
        Assert.Equal([0, 3], Workflow.TopLevelIndices.AsEnumerable());
        Assert.Equal([1, 2], Workflow.Rules[0].ChildIndices.AsEnumerable());
        Assert.Equal(0, Workflow.Rules[2].ParentIndex);
    }

    [Fact]
    public void Evaluate_CommuneMeetingEverything_GivesAchievedTree()
    {
        var result = Evaluate(
            ("IncomePerCapita", 50.0),
            ("PoorHouseholdRate", 1.5),
            ("Households", 1000),
            ("CleanWaterHouseholds", 990),
            ("HasCraftVillage", true),
            ("Region", "Delta")
        );

        Assert.All(result.All, r => Assert.Equal(RuleOutcome.Achieved, r.Outcome));
        Assert.Equal(["Income and poverty", "Water"], result.Rules.Select(r => r.Name));
        Assert.Equal(["Income", "Poverty"], result.Rules[0].Children.Select(r => r.Name));
        Assert.Equal(["Clean water", "Craft village water"], result.Rules[1].Children.Select(r => r.Name));
    }

    [Fact]
    public void Evaluate_ResultTree_CarriesActualAndRequiredValues()
    {
        var result = Evaluate(
            ("IncomePerCapita", 46.2),
            ("PoorHouseholdRate", 3.0),
            ("Households", 1000),
            ("CleanWaterHouseholds", 960),
            ("HasCraftVillage", true),
            ("Region", "Delta")
        );

        var income = result.Find("Income and poverty", "Income")!;
        Assert.Equal(RuleOutcome.NotAchieved, income.Outcome);
        Assert.Equal("actual 46.2, required ≥ 48", income.Comparison!.ToString());
        Assert.Equal(["IncomePerCapita", "Region"], income.InputsRead.Select(i => i.Key.Name));
        Assert.Equal([Value.FromNumber(46.2), Value.FromText("Delta")], income.InputsRead.Select(i => i.Value));

        // Written "2.5 >= input.PoorHouseholdRate", reported input-first.
        var poverty = result.Find("Income and poverty", "Poverty")!;
        Assert.Equal("actual 3, required ≤ 2.5", poverty.Comparison!.ToString());
        Assert.Equal(RuleOutcome.NotAchieved, poverty.Outcome);

        Assert.Equal(RuleOutcome.NotAchieved, result.Rules[0].Outcome);
        Assert.Null(result.Rules[0].Comparison);

        var water = result.Find("Water", "Clean water")!;
        Assert.Equal(RuleOutcome.Achieved, water.Outcome);
        Assert.Equal("actual 96, required ≥ 95", water.Comparison!.ToString());
        Assert.Equal(RuleOutcome.NotAchieved, result.Find("Water", "Craft village water")!.Outcome);
        Assert.Null(result.Find("Water", "Craft village water")!.Comparison);
        Assert.Equal(RuleOutcome.NotAchieved, result.Rules[1].Outcome);
    }

    [Fact]
    public void Evaluate_GlobalParamDependsOnRegion_UsesRegionalThreshold()
    {
        var result = Evaluate(("IncomePerCapita", 46.2), ("Region", "Mountain"));

        var income = result.Find("Income and poverty", "Income")!;
        Assert.Equal(RuleOutcome.Achieved, income.Outcome);
        Assert.Equal("actual 46.2, required ≥ 45", income.Comparison!.ToString());
    }

    [Fact]
    public void Evaluate_MissingValues_GiveMissingDataNotFalse()
    {
        var result = Evaluate(("IncomePerCapita", 50.0), ("Region", "Delta"), ("HasCraftVillage", false));

        Assert.Equal(RuleOutcome.Achieved, result.Find("Income and poverty", "Income")!.Outcome);
        Assert.Equal(RuleOutcome.MissingData, result.Find("Income and poverty", "Poverty")!.Outcome);
        Assert.Equal(
            "actual missing, required ≤ 2.5",
            result.Find("Income and poverty", "Poverty")!.Comparison!.ToString()
        );
        Assert.Equal(RuleOutcome.MissingData, result.Rules[0].Outcome);

        // No craft village: the rule holds whatever the water rate, which is missing.
        Assert.Equal(RuleOutcome.MissingData, result.Find("Water", "Clean water")!.Outcome);
        Assert.Equal(RuleOutcome.Achieved, result.Find("Water", "Craft village water")!.Outcome);
    }

    [Fact]
    public void EvaluateOutcomes_SameAsFullResult()
    {
        var record = Workflow.Inputs.CreateRecord([
            KeyValuePair.Create<string, object?>("IncomePerCapita", 47.0),
            KeyValuePair.Create<string, object?>("Region", "Mountain"),
        ]);
        var outcomes = new RuleOutcome[Workflow.Rules.Length];

        Workflow.EvaluateOutcomes(record, outcomes);

        Assert.Equal(Workflow.Evaluate(record).All.Select(r => r.Outcome), outcomes);
    }
}
