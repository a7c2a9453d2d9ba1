using static Ntm.Criteria.Rules.Tests.TestWorkflows;

namespace Ntm.Criteria.Rules.Tests;

/// <summary>
/// Every construct of docs/expressions.md, evaluated; precedence as System.Linq.Dynamic.Core parses it.
/// </summary>
public class ExpressionLanguageTests
{
    [Theory]
    // Literals: whole numbers, real numbers, text, booleans, null.
    [InlineData("42 == 42", true)]
    [InlineData("2.5 == 2.5", true)]
    [InlineData("-3 < 0", true)]
    [InlineData("-2147483648 < 0", true)]
    [InlineData("\"Delta\" == \"Delta\"", true)]
    [InlineData("\"a\\\"b\" != \"a\"", true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    // Arithmetic, with C#'s whole-number division.
    [InlineData("1 + 2 * 3 == 7", true)]
    [InlineData("(1 + 2) * 3 == 9", true)]
    [InlineData("7 / 2 == 3", true)]
    [InlineData("7 / 2.0 == 3.5", true)]
    [InlineData("-7 / 2 == -3", true)]
    [InlineData("7 % 3 == 1", true)]
    [InlineData("-7 % 3 == -1", true)]
    [InlineData("7.5 % 2 == 1.5", true)]
    [InlineData("10 - 4 - 3 == 3", true)]
    [InlineData("100 / 10 / 5 == 2", true)]
    [InlineData("-(2 + 3) == -5", true)]
    [InlineData("2 - -3 == 5", true)]
    [InlineData("0.1 + 0.2 == 0.3", false)]
    // Comparisons, mixing whole and real numbers.
    [InlineData("3 < 3.5", true)]
    [InlineData("3 <= 3", true)]
    [InlineData("3 > 3", false)]
    [InlineData("3 >= 3.0", true)]
    [InlineData("3 != 3.0", false)]
    // Logic, with words and symbols.
    [InlineData("true && false", false)]
    [InlineData("true and true", true)]
    [InlineData("false || true", true)]
    [InlineData("false or false", false)]
    [InlineData("!false", true)]
    [InlineData("not true", false)]
    [InlineData("!true || true", true)]
    [InlineData("true || true && false", true)]
    [InlineData("(true || true) && false", false)]
    [InlineData("1 < 2 == true", true)]
    [InlineData("!(1 > 2)", true)]
    // Conditionals.
    [InlineData("(true ? 1 : 2) == 1", true)]
    [InlineData("(false ? 1 : 2.5) == 2.5", true)]
    [InlineData("(false ? 1 : true ? 2 : 3) == 2", true)]
    [InlineData("iif(1 > 2, 10, 20) == 20", true)]
    [InlineData("iif(true, \"a\", \"b\") == \"a\"", true)]
    [InlineData("true ? false : true", false)]
    // 'in' lists.
    [InlineData("3 in (1, 2, 3)", true)]
    [InlineData("4 in (1, 2, 3)", false)]
    [InlineData("2.0 in (1, 2)", true)]
    [InlineData("-1 in (-1, 5)", true)]
    [InlineData("\"b\" in (\"a\", \"b\")", true)]
    [InlineData("1 + 1 in (2)", true)]
    [InlineData("true || (5 in (1))", true)]
    [InlineData("false || 5 in (5)", true)]
    [InlineData("true && (5 in (1))", false)]
    // Math.
    [InlineData("Math.Min(3, 4.5) == 3", true)]
    [InlineData("Math.Max(3, 4) == 4", true)]
    [InlineData("Math.Abs(-2.5) == 2.5", true)]
    [InlineData("Math.Abs(-2) == 2", true)]
    [InlineData("Math.Round(2.5) == 2", true)]
    [InlineData("Math.Round(3.5) == 4", true)]
    [InlineData("Math.Round(0.125, 2) == 0.12", true)]
    [InlineData("Math.Round(2.346, 2) == 2.35", true)]
    [InlineData("Math.Round(7) == 7", true)]
    public void Evaluate_Construct_MatchesCSharp(string expression, bool expected) =>
        Assert.Equal(expected ? RuleOutcome.Achieved : RuleOutcome.NotAchieved, Outcome(expression));

    [Theory]
    [InlineData("input.X >= 48", 48.0, true)]
    [InlineData("input.X >= 48", 47.99, false)]
    [InlineData("input.X > 48", 48.0, false)]
    [InlineData("input.X <= 2.5", 2.5, true)]
    [InlineData("input.X < 2.5", 2.5, false)]
    [InlineData("input.X == 3", 3.0, true)]
    [InlineData("input.X * 2 + 1 == 7", 3.0, true)]
    [InlineData("Math.Round(input.X, 1) >= 17.9", 17.87, true)]
    public void Evaluate_NumberInput_ComparesWithThreshold(string expression, double x, bool expected) =>
        Assert.Equal(expected ? RuleOutcome.Achieved : RuleOutcome.NotAchieved, Outcome(expression, ("X", x)));

    [Theory]
    [InlineData("input.N / input.M == 2", 5, 2, true)]
    [InlineData("input.N % input.M == 1", 5, 2, true)]
    [InlineData("100.0 * input.N / input.M >= 95", 19, 20, true)]
    [InlineData("100 * input.N / input.M >= 95", 189, 200, false)]
    [InlineData("Math.Max(input.N, input.M) == 5", 5, 2, true)]
    public void Evaluate_IntegerInputs_UseWholeNumberArithmetic(string expression, int n, int m, bool expected) =>
        Assert.Equal(
            expected ? RuleOutcome.Achieved : RuleOutcome.NotAchieved,
            Outcome(expression, ("N", n), ("M", m))
        );

    [Theory]
    [InlineData("input.B", true, true)]
    [InlineData("!input.B", true, false)]
    [InlineData("input.B == false", false, true)]
    [InlineData("input.B ? true : false", false, false)]
    public void Evaluate_BooleanInput(string expression, bool b, bool expected) =>
        Assert.Equal(expected ? RuleOutcome.Achieved : RuleOutcome.NotAchieved, Outcome(expression, ("B", b)));

    [Theory]
    [InlineData("input.Region == \"Mountain\"", "Mountain", true)]
    [InlineData("input.Region != \"Mountain\"", "Delta", true)]
    [InlineData("input.Region in (\"Mountain\", \"Delta\")", "Delta", true)]
    [InlineData("input.T == \"mountain\"", "Mountain", false)]
    [InlineData("input.T == \"Xã Tân Lập\"", "Xã Tân Lập", true)]
    public void Evaluate_TextInputs_CompareOrdinally(string expression, string value, bool expected)
    {
        var name = expression.Contains("Region", StringComparison.Ordinal) ? "Region" : "T";
        Assert.Equal(expected ? RuleOutcome.Achieved : RuleOutcome.NotAchieved, Outcome(expression, (name, value)));
    }

    [Theory]
    // Whatever reads a missing value is missing, unless the rest decides (Kleene logic).
    [InlineData("input.X >= 1", RuleOutcome.MissingData)]
    [InlineData("input.X + 1 > 0", RuleOutcome.MissingData)]
    [InlineData("!input.B", RuleOutcome.MissingData)]
    [InlineData("input.B && false", RuleOutcome.NotAchieved)]
    [InlineData("false and input.B", RuleOutcome.NotAchieved)]
    [InlineData("input.B && true", RuleOutcome.MissingData)]
    [InlineData("input.B || true", RuleOutcome.Achieved)]
    [InlineData("input.B || false", RuleOutcome.MissingData)]
    [InlineData("input.B ? 1 > 0 : 1 > 0", RuleOutcome.MissingData)]
    [InlineData("true ? true : input.B", RuleOutcome.Achieved)]
    [InlineData("input.X in (1, 2)", RuleOutcome.MissingData)]
    [InlineData("Math.Max(input.X, 3) > 0", RuleOutcome.MissingData)]
    // A null test is how an expression asks for missing data, and it has an answer.
    [InlineData("input.X == null", RuleOutcome.Achieved)]
    [InlineData("input.X != null", RuleOutcome.NotAchieved)]
    [InlineData("null == input.T", RuleOutcome.Achieved)]
    [InlineData("input.X == null || input.X > 5", RuleOutcome.Achieved)]
    public void Evaluate_MissingInput_PropagatesAsMissingData(string expression, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome(expression));

    [Theory]
    [InlineData("input.N / input.M == 0")]
    [InlineData("input.N % input.M == 0")]
    [InlineData("Math.Abs(input.N / input.M) > 0")]
    public void Evaluate_WholeNumberDivisionByZero_IsEvaluationError(string expression) =>
        Assert.Equal(RuleOutcome.EvaluationError, Outcome(expression, ("N", 5), ("M", 0)));

    [Fact]
    public void Evaluate_IntMinValueOverflow_IsEvaluationErrorNotException()
    {
        Assert.Equal(RuleOutcome.EvaluationError, Outcome("input.N / input.M == 0", ("N", int.MinValue), ("M", -1)));
        Assert.Equal(RuleOutcome.EvaluationError, Outcome("Math.Abs(input.N) > 0", ("N", int.MinValue)));
    }

    [Fact]
    public void Evaluate_RealDivisionByZeroInput_FollowsIeeeLikeCSharp()
    {
        Assert.Equal(RuleOutcome.Achieved, Outcome("input.X / input.Y > 1000", ("X", 1.0), ("Y", 0.0)));
        Assert.Equal(RuleOutcome.NotAchieved, Outcome("input.X / input.Y >= 0", ("X", 0.0), ("Y", 0.0)));
    }

    [Theory]
    // C# evaluates left to right: an error on the left is never decided away, one on the right can be.
    [InlineData("input.N / input.M == 0 && input.B", RuleOutcome.EvaluationError)]
    [InlineData("input.N / input.M == 0 && false", RuleOutcome.EvaluationError)]
    [InlineData("false && input.N / input.M == 0", RuleOutcome.NotAchieved)]
    [InlineData("true || input.N / input.M == 0", RuleOutcome.Achieved)]
    [InlineData("input.N / input.M == 0 || true", RuleOutcome.EvaluationError)]
    [InlineData("input.B && input.N / input.M == 0", RuleOutcome.EvaluationError)]
    [InlineData("1 in ((input.N / input.M), 1)", RuleOutcome.EvaluationError)]
    [InlineData("1 in (1, (input.N / input.M))", RuleOutcome.Achieved)]
    public void Evaluate_ErrorWithShortCircuit_FollowsCSharpOrder(string expression, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome(expression, ("N", 1), ("M", 0)));

    [Fact]
    public void Evaluate_ParamsChain_LaterParamReadsEarlierOne()
    {
        var workflow = new Workflow(
            "W",
            Inputs,
            [
                new Rule("R")
                {
                    LocalParams = [new ScopedParam("half", "ratio / 2"), new ScopedParam("check", "half > 1")],
                    Expression = "check && half < 10",
                },
            ]
        )
        {
            GlobalParams = [new ScopedParam("ratio", "input.X * 2")],
        }.Compile();

        var record = workflow.Inputs.CreateBuilder().Set("X", 3.0).Build();

        Assert.Equal(RuleOutcome.Achieved, workflow.Evaluate(record).Rules[0].Outcome);
        Assert.Equal(["X"], workflow.Rules[0].InputIndices.Select(i => workflow.Inputs.Declarations[i].Name));
    }

    [Fact]
    public void Evaluate_LocalParamsOfParent_VisibleToChildren()
    {
        var workflow = new Workflow(
            "W",
            Inputs,
            [
                new Rule("P")
                {
                    Operator = RuleOperator.Or,
                    LocalParams = [new ScopedParam("doubled", "input.X * 2")],
                    Rules =
                    [
                        new Rule("A") { Expression = "doubled > 10" },
                        new Rule("B") { Expression = "doubled < 0" },
                    ],
                },
            ]
        ).Compile();

        var result = workflow.Evaluate(workflow.Inputs.CreateBuilder().Set("X", 6.0).Build());

        Assert.Equal(
            [RuleOutcome.Achieved, RuleOutcome.Achieved, RuleOutcome.NotAchieved],
            result.All.Select(r => r.Outcome)
        );
    }

    [Theory]
    [InlineData(RuleOperator.And, true, true, RuleOutcome.Achieved)]
    [InlineData(RuleOperator.And, true, false, RuleOutcome.NotAchieved)]
    [InlineData(RuleOperator.AndAlso, true, null, RuleOutcome.MissingData)]
    [InlineData(RuleOperator.AndAlso, false, null, RuleOutcome.NotAchieved)]
    [InlineData(RuleOperator.Or, false, false, RuleOutcome.NotAchieved)]
    [InlineData(RuleOperator.Or, false, null, RuleOutcome.MissingData)]
    [InlineData(RuleOperator.OrElse, true, null, RuleOutcome.Achieved)]
    public void Evaluate_ParentOperator_CombinesChildrenWithKleeneLogic(
        RuleOperator op,
        bool? b,
        bool? c,
        RuleOutcome expected
    )
    {
        var workflow = new Workflow(
            "W",
            Inputs,
            [
                new Rule("P")
                {
                    Operator = op,
                    Rules = [new Rule("B") { Expression = "input.B" }, new Rule("C") { Expression = "input.C" }],
                },
            ]
        ).Compile();

        var record = workflow.Inputs.CreateBuilder().Set("B", b).Set("C", c).Build();

        Assert.Equal(expected, workflow.Evaluate(record).Rules[0].Outcome);
    }

    [Fact]
    public void Evaluate_ComparisonWithText_CapturesTextSides()
    {
        var workflow = Single("input.Region == \"Mountain\"");
        var result = workflow.Evaluate(workflow.Inputs.CreateBuilder().Set("Region", "Delta").Build());

        Assert.Equal("actual Delta, required = Mountain", result.Rules[0].Comparison!.ToString());
        Assert.Equal(ComparisonOperator.Equal, workflow.Rules[0].ComparisonOperator);
    }

    [Fact]
    public void Evaluate_NotAComparison_HasNoComparison()
    {
        var workflow = Single("input.X > 1 && input.Y > 1");

        Assert.Null(workflow.Rules[0].ComparisonOperator);
        Assert.Null(workflow.Evaluate(workflow.Inputs.CreateBuilder().Build()).Rules[0].Comparison);
    }
}
