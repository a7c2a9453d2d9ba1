namespace Ntm.Criteria.Rules.Tests;

/// <summary>
/// What a rule compares, compiled on its own (<see cref="CompiledWorkflow.CompileExpression(string)"/>): a share of two
/// counts shown beside the outcome its rule gave, with the same missing and undefined values.
/// </summary>
public sealed class CompiledExpressionTests
{
    private static readonly CompiledWorkflow Workflow = TestWorkflows.Single(
        "share >= 70",
        new ScopedParam("share", "input.N * 100.0 / input.M")
    );

    private static Value ValueOf(string expression, params (string Name, object? Value)[] values) =>
        Workflow
            .CompileExpression(expression)
            .Evaluate(Workflow.Inputs.CreateRecord(values.Select(v => KeyValuePair.Create(v.Name, v.Value))));

    [Fact]
    public void AnExpression_HasTheValueItsRuleCompares_OfEachType()
    {
        Assert.Equal(Value.FromNumber(80), ValueOf("share", ("N", 80), ("M", 100)));
        Assert.Equal(Value.FromNumber(80), ValueOf("input.N * 100.0 / input.M", ("N", 80), ("M", 100)));
        Assert.Equal(Value.FromInteger(0), ValueOf("input.N / input.M * 100", ("N", 80), ("M", 100)));
        Assert.Equal(Value.FromBoolean(true), ValueOf("input.B ? input.C : false", ("B", true), ("C", true)));
        Assert.Equal(Value.FromText("Delta"), ValueOf("input.Region", ("Region", "Delta")));
    }

    [Fact]
    public void AnExpression_ReadsTheInputsOfTheParamsItNames_InSchemaOrder()
    {
        Assert.Equal(["N", "M"], Workflow.CompileExpression("share").InputsRead.Select(d => d.Name));
        Assert.Equal(
            ["X", "B"],
            Workflow.CompileExpression("input.B ? input.X : input.X * 2").InputsRead.Select(d => d.Name)
        );
    }

    [Fact]
    public void AnExpression_IsMissingWhereAnInputItNeedsIs_AndUndefinedWhereItDividesAWholeNumberByZero()
    {
        Assert.Equal(Value.Missing, ValueOf("share", ("N", 80)));
        Assert.Equal(Value.Undefined, ValueOf("input.N / input.M", ("N", 1), ("M", 0)));
        Assert.Equal(RuleOutcome.EvaluationError, TestWorkflows.Outcome("input.N / input.M >= 1", ("N", 1), ("M", 0)));
    }

    [Theory]
    [InlineData(
        "input.Q * 2",
        "<workflow>: Test, expression column 7: unknown input 'input.Q': it is not declared in the workflow's "
            + "Inputs; did you mean 'B'?"
    )]
    [InlineData(
        "input.N +",
        "<workflow>: Test, expression column 10: expected a value, found the end of the expression"
    )]
    [InlineData("null", "<workflow>: Test: the expression is null: it has no value to show")]
    public void AnExpressionThatDoesNotBind_IsRefusedAsARuleFileError_WithWhereAndWhy(string expression, string error)
    {
        var refused = Assert.Throws<RuleFileException>(() => Workflow.CompileExpression(expression));

        Assert.Equal(error, Assert.Single(refused.Errors).ToString());
    }

    [Fact]
    public void AnExpressionOfARule_ReadsTheLocalParamsOfTheRuleAndOfTheRulesAroundIt()
    {
        // A measure may name a param its rule defines: compiled with the globals alone, "unknown name 'share'".
        var workflow = new Workflow(
            "Test",
            TestWorkflows.Inputs,
            [
                new Rule("Outer")
                {
                    Operator = RuleOperator.And,
                    LocalParams = [new ScopedParam("scale", "100.0")],
                    Rules =
                    [
                        new Rule("Inner")
                        {
                            LocalParams = [new ScopedParam("share", "input.N * scale / input.M")],
                            Expression = "share >= 70",
                        },
                    ],
                },
            ]
        ).Compile();
        var inner = workflow.Rules.Single(r => r.Rule.Name == "Inner").Index;
        var record = workflow.Inputs.CreateRecord([
            KeyValuePair.Create("N", (object?)80),
            KeyValuePair.Create("M", (object?)100),
        ]);

        Assert.Equal(Value.FromNumber(80), workflow.CompileExpression("share", inner).Evaluate(record));
        Assert.StartsWith(
            "<workflow>: Test, expression column 1: unknown name 'share'",
            Assert.Throws<RuleFileException>(() => workflow.CompileExpression("share")).Errors[0].ToString(),
            StringComparison.Ordinal
        );
        Assert.Throws<ArgumentOutOfRangeException>(() => workflow.CompileExpression("scale", workflow.Rules.Length));
    }

    [Fact]
    public void AnExpression_IsEvaluatedOnlyForRecordsOfItsWorkflowsInputs()
    {
        var other = new InputSchema([new InputDeclaration("Z", InputType.Number)]).CreateRecord([]);

        Assert.Throws<ArgumentException>(() => Workflow.CompileExpression("share").Evaluate(other));
        Assert.Equal(
            "<workflow>: Test: the expression is empty",
            Assert.Throws<RuleFileException>(() => Workflow.CompileExpression("  ")).Errors[0].ToString()
        );
    }
}
