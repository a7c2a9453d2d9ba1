using FsCheck;
using FsCheck.Fluent;

namespace Ntm.Criteria.Rules.Tests;

/// <summary>
/// An outcome mask must say exactly what the full evaluation says: generated workflows (nested rules, a param,
/// every input type, missing values, whole-number division that can be undefined) are evaluated both ways.
/// </summary>
public class OutcomeMaskProperties
{
    private static readonly RuleOutcome[] Outcomes = Enum.GetValues<RuleOutcome>();

    [ScaledProperty(1000)]
    public Property Mask_OfEveryRuleAndOutcome_AgreesWithTheFullEvaluation()
    {
        var property = Prop.ForAll(
            Arb.From(GenWorkflow()),
            sample =>
            {
                var workflow = sample.Workflow();
                var record = workflow.Inputs.CreateRecord(sample.Values);
                var outcomes = new RuleOutcome[workflow.Rules.Length];
                workflow.EvaluateOutcomes(record, outcomes);

                // Every rule and outcome: parents and missing/error tests need the full outcome in the compiled mask.
                var all = workflow.CompileOutcomeMask(
                    workflow.Rules.SelectMany(r => Outcomes.Select(o => new OutcomeTest(r.Index, o)))
                );
                var bits = new ulong[all.WordCount];
                all.Evaluate(record, bits);

                // Achieved and not achieved of the leaves only: the predicate path that reads NaN-coded numbers
                // directly.
                var leaves = workflow.Rules.Where(r => !r.IsParent).ToList();
                var decided = workflow.CompileOutcomeMask(
                    leaves.SelectMany(r =>
                        new[]
                        {
                            new OutcomeTest(r.Index, RuleOutcome.Achieved),
                            new OutcomeTest(r.Index, RuleOutcome.NotAchieved),
                        }
                    )
                );
                var decidedBits = new ulong[decided.WordCount];
                decided.Evaluate(record, decidedBits);

                var wrong = all
                    .Tests.Select((t, k) => (t, k))
                    .Where(x => IsSet(bits, x.k) != (outcomes[x.t.RuleIndex] == x.t.Outcome))
                    .Concat(
                        decided
                            .Tests.Select((t, k) => (t, k))
                            .Where(x => IsSet(decidedBits, x.k) != (outcomes[x.t.RuleIndex] == x.t.Outcome))
                    )
                    .Select(x =>
                        $"rule {workflow.Rules[x.t.RuleIndex]} is {outcomes[x.t.RuleIndex]}, the mask's test for "
                        + $"{x.t.Outcome} says {!(outcomes[x.t.RuleIndex] == x.t.Outcome)}"
                    )
                    .Concat(
                        workflow
                            .Rules.Where(r => outcomes[r.Index] == RuleOutcome.EvaluationError && !r.CanEndInError)
                            .Select(r => $"rule {r} ended in an error, but CanEndInError says it cannot")
                    )
                    .ToList();
                return (wrong.Count == 0)
                    .Label($"{sample}: {string.Join("; ", wrong)}")
                    .Classify(outcomes.Contains(RuleOutcome.MissingData), "missing")
                    .Classify(outcomes.Contains(RuleOutcome.EvaluationError), "error");
            }
        );
        return property;
    }

    [ScaledProperty(1000)]
    public Property Mask_OfManyComparisonsWithConstants_AgreesWithTheFullEvaluation()
    {
        // Values on, just below and just above each constant.
        var property = Prop.ForAll(
            Arb.From(GenComparisons()),
            sample =>
            {
                var workflow = new Workflow(
                    "Comparisons",
                    TestWorkflows.Inputs,
                    [.. sample.Leaves.Select((leaf, i) => new Rule($"L{i}") { Expression = leaf })]
                ).Compile();
                var record = workflow.Inputs.CreateRecord(sample.Values);
                var outcomes = new RuleOutcome[workflow.Rules.Length];
                workflow.EvaluateOutcomes(record, outcomes);

                var tests = workflow
                    .Rules.SelectMany(r =>
                        new[]
                        {
                            new OutcomeTest(r.Index, RuleOutcome.Achieved),
                            new OutcomeTest(r.Index, RuleOutcome.NotAchieved),
                        }
                    )
                    .ToArray();
                var mask = workflow.CompileOutcomeMask(tests);
                var bits = new ulong[mask.WordCount];
                mask.Evaluate(record, bits);

                var wrong = tests
                    .Select((t, k) => (t, k))
                    .Where(x => IsSet(bits, x.k) != (outcomes[x.t.RuleIndex] == x.t.Outcome))
                    .Select(x =>
                        $"{sample.Leaves[x.t.RuleIndex]} is {outcomes[x.t.RuleIndex]}; for {x.t.Outcome} the mask "
                        + $"says {IsSet(bits, x.k)}"
                    )
                    .ToList();
                return (wrong.Count == 0).Label($"{sample}: {string.Join("; ", wrong)}");
            }
        );
        return property;
    }

    [Fact]
    public void Mask_OfComparisons_SetsABitPerTest()
    {
        var workflow = new Workflow(
            "Comparisons",
            TestWorkflows.Inputs,
            [
                .. new[]
                {
                    "input.X >= 2.5",
                    "input.Y < 7",
                    "input.B",
                    "!input.C",
                    "0 <= input.N",
                    "input.M > -1",
                    "input.X <= input.Y",
                }.Select((leaf, i) => new Rule($"L{i}") { Expression = leaf }),
            ]
        ).Compile();
        var mask = workflow.CompileOutcomeMask(
            workflow.Rules.Select(r => new OutcomeTest(r.Index, RuleOutcome.Achieved))
        );

        var bits = new ulong[1];
        mask.Evaluate(
            workflow.Inputs.CreateRecord([
                KeyValuePair.Create<string, object?>("X", 2.5),
                KeyValuePair.Create<string, object?>("Y", 7.0),
                KeyValuePair.Create<string, object?>("B", true),
                KeyValuePair.Create<string, object?>("C", null),
                KeyValuePair.Create<string, object?>("N", 0),
                KeyValuePair.Create<string, object?>("M", -1),
            ]),
            bits
        );
        Assert.Equal(0b1010101UL, bits[0]);
    }

    /// <summary>Between two and twelve leaves comparing an input with a constant, and values for the inputs.</summary>
    public sealed record Comparisons(string[] Leaves, KeyValuePair<string, object?>[] Values)
    {
        public override string ToString() =>
            $"[{string.Join(" | ", Leaves)}]; values "
            + $"{string.Join(", ", Values.Select(v => $"{v.Key}={v.Value ?? "null"}"))}";
    }

    private static Gen<Comparisons> GenComparisons()
    {
        string[] constants = ["2.5", "0", "-1", "7", "0.1"];
        var comparison =
            from input in Gen.Elements("input.X", "input.Y", "input.N", "input.M")
            from op in Gen.Elements("<", "<=", ">", ">=")
            from constant in Gen.Elements(constants)
            from mirrored in Gen.Elements(true, false)
            select mirrored ? $"{constant} {op} {input}" : $"{input} {op} {constant}";
        var leaf = Gen.Frequency(
            (6, comparison),
            (2, Gen.Elements("input.B", "input.C", "!input.B", "!(input.C)")),
            (1, comparison.Select(c => $"!({c})"))
        );
        double[] near = [2.5, 0.0, -0.0, -1.0, 7.0, 0.1];
        var number = Gen.Elements<object?>([
            null,
            .. near,
            .. near.Select(Math.BitIncrement),
            .. near.Select(Math.BitDecrement),
            1e9,
        ]);
        var integer = Gen.Elements<object?>(null, 0, -1, -2, 2, 7, 8, 6);
        var boolean = Gen.Elements<object?>(null, true, false);
        return from leaves in Gen.ArrayOf(leaf).Where(l => l.Length is >= 2 and <= 12)
            from x in number
            from y in number
            from n in integer
            from m in integer
            from b in boolean
            from c in boolean
            select new Comparisons(leaves, Values(x, y, n, m, b, c));
    }

    [Theory]
    [InlineData("input.X >= 1.0 && input.B", false)]
    [InlineData("input.N / input.M > 1", true)]
    [InlineData("input.N % 2 == 0", true)]
    [InlineData("Math.Abs(input.N) > 1", true)]
    [InlineData("input.X / input.Y > 1.0", false)]
    [InlineData("p > 1", true)]
    public void CanEndInError_IsTrueExactlyWhereAWholeNumberOperationIsRead(string expression, bool expected)
    {
        // A parent over such a leaf can end in an error too; the global param p divides whole numbers.
        var workflow = new Workflow(
            "Test",
            TestWorkflows.Inputs,
            [
                new Rule("Parent")
                {
                    Operator = RuleOperator.Or,
                    Rules =
                    [
                        new Rule("Leaf") { Expression = expression },
                        new Rule("Plain") { Expression = "input.C" },
                    ],
                },
            ]
        )
        {
            GlobalParams = [new ScopedParam("p", "input.N / input.M")],
        }.Compile();
        Assert.Equal([expected, expected, false], workflow.Rules.Select(r => r.CanEndInError));
    }

    [Fact]
    public void Mask_ManyTests_SpreadsOverWords()
    {
        var rules = Enumerable.Range(0, 70).Select(i => new Rule($"R{i}") { Expression = $"input.N >= {i}" }).ToArray();
        var workflow = new Workflow("Wide", TestWorkflows.Inputs, [.. rules]).Compile();
        var mask = workflow.CompileOutcomeMask(
            Enumerable.Range(0, 70).Select(i => new OutcomeTest(i, RuleOutcome.Achieved))
        );
        var bits = new ulong[mask.WordCount];
        mask.Evaluate(workflow.Inputs.CreateRecord([KeyValuePair.Create<string, object?>("N", 66)]), bits);
        Assert.Equal(2, mask.WordCount);
        Assert.Equal([ulong.MaxValue, 0b111UL], bits);
    }

    [Fact]
    public void Mask_Misuse_IsRefusedWithArgumentException()
    {
        var workflow = TestWorkflows.Single("input.B");
        Assert.Throws<ArgumentException>(() => workflow.CompileOutcomeMask([new OutcomeTest(1, RuleOutcome.Achieved)]));
        Assert.Throws<ArgumentException>(() => workflow.CompileOutcomeMask([new OutcomeTest(0, (RuleOutcome)9)]));
        var mask = workflow.CompileOutcomeMask([new OutcomeTest(0, RuleOutcome.Achieved)]);
        Assert.Throws<ArgumentException>(() =>
            mask.Evaluate(workflow.Inputs.CreateBuilder().Build(), Span<ulong>.Empty)
        );
        var foreign = new Workflow(
            "Other",
            [new InputDeclaration("Z", InputType.Number)],
            [new Rule("R") { Expression = "input.Z > 1" }]
        ).Compile();
        Assert.Throws<ArgumentException>(() => mask.Evaluate(foreign.Inputs.CreateBuilder().Build(), new ulong[1]));
    }

    private static bool IsSet(ulong[] bits, int k) => (bits[k / 64] & (1UL << (k % 64))) != 0;

    /// <summary>
    /// A workflow of a parent (And or Or) over two generated leaves, a third leaf, and a global param <c>p</c>.
    /// </summary>
    public sealed record GeneratedWorkflow(
        string Param,
        string First,
        string Second,
        string Third,
        bool ParentIsAnd,
        KeyValuePair<string, object?>[] Values
    )
    {
        public CompiledWorkflow Workflow() =>
            new Workflow(
                "Generated",
                TestWorkflows.Inputs,
                [
                    new Rule("Parent")
                    {
                        Operator = ParentIsAnd ? RuleOperator.And : RuleOperator.Or,
                        Rules = [new Rule("First") { Expression = First }, new Rule("Second") { Expression = Second }],
                    },
                    new Rule("Third") { Expression = Third },
                ]
            )
            {
                GlobalParams = [new ScopedParam("p", Param)],
            }.Compile();

        public override string ToString() =>
            $"p = {Param}; Parent({(ParentIsAnd ? "And" : "Or")}: {First} | {Second}); Third: {Third}; values "
            + $"{string.Join(", ", Values.Select(v => $"{v.Key}={v.Value ?? "null"}"))}";
    }

    private static Gen<GeneratedWorkflow> GenWorkflow() =>
        from param in GenNumber(2, withParam: false)
        from first in GenBool(3)
        from second in GenBool(3)
        from third in GenBool(3)
        from and in Gen.Elements(true, false)
        from x in Gen.Elements<object?>(null, 0.0, 2.5, 7.0, -1.0)
        from y in Gen.Elements<object?>(null, 0.0, 2.5, 7.0)
        from n in Gen.Elements<object?>(null, 0, 7, -1, int.MinValue)
        from m in Gen.Elements<object?>(null, 0, 7, -1)
        from b in Gen.Elements<object?>(null, true, false)
        from c in Gen.Elements<object?>(null, true, false)
        from t in Gen.Elements<object?>(null, "a", "b")
        select new GeneratedWorkflow(
            param,
            first,
            second,
            third,
            and,
            [.. Values(x, y, n, m, b, c), KeyValuePair.Create<string, object?>("T", t)]
        );

    // A record's values of the test inputs X, Y (numbers), N, M (whole numbers), B and C (booleans).
    private static KeyValuePair<string, object?>[] Values(
        object? x,
        object? y,
        object? n,
        object? m,
        object? b,
        object? c
    ) =>
        [
            KeyValuePair.Create("X", x),
            KeyValuePair.Create("Y", y),
            KeyValuePair.Create("N", n),
            KeyValuePair.Create("M", m),
            KeyValuePair.Create("B", b),
            KeyValuePair.Create("C", c),
        ];

    private static Gen<string> GenNumber(int depth, bool withParam = true) =>
        depth == 0
            ? Gen.Elements("input.X", "input.Y", "input.N", "input.M", "2.5", "0", "7", "-1")
            : Gen.Frequency(
                (3, GenNumber(0)),
                (
                    2,
                    from op in Gen.Elements("+", "-", "*")
                    from l in GenNumber(depth - 1, withParam)
                    from r in GenNumber(depth - 1, withParam)
                    select $"({l} {op} {r})"
                ),
                (1, Gen.Elements("(input.N / input.M)", "(input.N % input.M)", "Math.Abs(input.N)", "(7 / input.M)")),
                (
                    1,
                    from c in GenBool(depth - 1, withParam)
                    from a in GenNumber(depth - 1, withParam)
                    from b in GenNumber(depth - 1, withParam)
                    select $"({c} ? {a} : {b})"
                )
            );

    private static Gen<string> GenBool(int depth, bool withParam = true) =>
        depth == 0
            ? Gen.Frequency(
                (
                    3,
                    Gen.Elements(
                        "input.B",
                        "input.C",
                        "true",
                        "false",
                        "input.T == \"a\"",
                        "input.B == null",
                        "input.X != null"
                    )
                ),
                (
                    4,
                    from op in Gen.Elements("==", "!=", "<", "<=", ">", ">=")
                    from l in GenNumber(0)
                    from r in withParam ? Gen.OneOf(GenNumber(0), Gen.Constant("p")) : GenNumber(0)
                    select $"{l} {op} {r}"
                )
            )
            : Gen.Frequency(
                (2, GenBool(0, withParam)),
                (
                    3,
                    from op in Gen.Elements("&&", "||")
                    from l in GenBool(depth - 1, withParam)
                    from r in GenBool(depth - 1, withParam)
                    select $"({l} {op} {r})"
                ),
                (1, GenBool(depth - 1, withParam).Select(x => $"!({x})")),
                (
                    2,
                    from op in Gen.Elements("==", "!=", "<", ">=")
                    from l in GenNumber(1, withParam)
                    from r in GenNumber(1, withParam)
                    select $"{l} {op} {r}"
                ),
                (
                    1,
                    from c in GenBool(depth - 1, withParam)
                    from a in GenBool(depth - 1, withParam)
                    from b in GenBool(depth - 1, withParam)
                    select $"({c} ? {a} : {b})"
                )
            );
}
