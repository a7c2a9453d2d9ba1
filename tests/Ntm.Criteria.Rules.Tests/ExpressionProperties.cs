using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Ntm.Criteria.Rules.Tests;

/// <summary>
/// Generated expressions: the text the engine parses is printed with only the parentheses that the documented
/// precedence (docs/expressions.md) requires, and its outcome must equal C#'s evaluation of the same tree.
/// </summary>
public class ExpressionProperties
{
    [ScaledProperty(1000)]
    public Property Evaluate_GeneratedExpression_MeansWhatCSharpMeans()
    {
        var property = Prop.ForAll(
            Arb.From(GenBool(4)),
            (Node tree) =>
            {
                var text = Print(tree, Level.Conditional);
                var expected = Reference(tree) switch
                {
                    true => RuleOutcome.Achieved,
                    false => RuleOutcome.NotAchieved,
                    _ => RuleOutcome.EvaluationError,
                };
                var actual = TestWorkflows.Outcome(text);
                return (actual == expected)
                    .Label($"{text}: expected {expected}, got {actual}")
                    .Classify(expected == RuleOutcome.EvaluationError, "error");
            }
        );
        return property;
    }

    [ScaledProperty(1000)]
    public Property Evaluate_MissingInputs_FollowKleeneLogic()
    {
        var values = Gen.Elements<bool?>(true, false, null);
        var gen =
            from tree in GenLogic(4)
            from b in values
            from c in values
            from x in Gen.Elements<double?>(0.0, 5.0, 10.0, null)
            select (tree, b, c, x);
        var property = Prop.ForAll(
            Arb.From(gen),
            ((Node Tree, bool? B, bool? C, double? X) sample) =>
            {
                var text = Print(sample.Tree, Level.Conditional);
                var expected = Kleene(sample.Tree, sample.B, sample.C, sample.X) switch
                {
                    true => RuleOutcome.Achieved,
                    false => RuleOutcome.NotAchieved,
                    null => RuleOutcome.MissingData,
                };
                var actual = TestWorkflows.Outcome(text, ("B", sample.B), ("C", sample.C), ("X", sample.X));
                return (actual == expected).Label(
                    $"{text} with B={sample.B}, C={sample.C}, X={sample.X}: expected {expected}, got {actual}"
                );
            }
        );
        return property;
    }

    [ScaledProperty(3000)]
    public Property Load_ArbitraryTokens_LoadsOrThrowsRuleFileException()
    {
        string[] pieces =
        [
            "input.X",
            "input.N",
            "input.B",
            "input.T",
            "input.Q",
            "1",
            "0",
            "2.5",
            "-",
            "+",
            "*",
            "/",
            "%",
            "(",
            ")",
            "==",
            "!=",
            "<",
            ">=",
            "&&",
            "||",
            "!",
            "and",
            "or",
            "not",
            "?",
            ":",
            ",",
            "in",
            "iif",
            "Math.Min",
            "Math.Round",
            "\"a\"",
            "'a'",
            "null",
            "true",
            ".",
            "new",
            "typeof",
            "GetType",
            "=",
            "=>",
            "[",
            "]",
            "@0",
            "\\",
            "\"",
            "1e5",
            ".5",
            "9999999999",
            "System.IO",
        ];
        var gen = Gen.ListOf(Gen.Elements(pieces)).Select(list => string.Join(" ", list));
        var property = Prop.ForAll(
            Arb.From(gen),
            (string text) =>
            {
                try
                {
                    TestWorkflows.Single(text);
                }
                catch (RuleFileException e)
                {
                    return e
                        .Errors.All(error => error.ExpressionColumn is null or > 0 && error.Message.Length > 0)
                        .Label(e.Message);
                }

                return true.ToProperty();
            }
        );
        return property;
    }

    // ---- The generated tree, printed and evaluated by reference. ----

    private enum Level
    {
        Conditional,
        Or,
        And,
        In,
        Comparison,
        Additive,
        Multiplicative,
        Unary,
        Primary,
    }

    private abstract record Node;

    private sealed record Literal(object Value) : Node;

    private sealed record Input(string Name) : Node;

    private sealed record Binary(string Op, Node Left, Node Right) : Node;

    private sealed record Unary(string Op, Node Operand) : Node;

    private sealed record Conditional(Node Test, Node WhenTrue, Node WhenFalse, bool AsIif) : Node;

    private sealed record Call(string Function, Node[] Arguments) : Node;

    private sealed record In(Node Operand, Node[] Items) : Node;

    private static Gen<Node> GenInt(int depth) =>
        depth == 0
            ? Gen.Elements(0, 1, 2, 3, 7, -1, -5, 100, int.MaxValue, int.MinValue).Select(v => (Node)new Literal(v))
            : Gen.Frequency(
                (3, GenInt(0)),
                (
                    4,
                    from op in Gen.Elements("+", "-", "*", "/", "%")
                    from l in GenInt(depth - 1)
                    from r in GenInt(depth - 1)
                    select (Node)new Binary(op, l, NonZeroLiteral(op, r))
                ),
                (1, GenInt(depth - 1).Select(x => (Node)new Unary("-", x))),
                (
                    1,
                    from c in GenBool(depth - 1)
                    from a in GenInt(depth - 1)
                    from b in GenInt(depth - 1)
                    from iif in Gen.Elements(true, false)
                    select (Node)new Conditional(c, a, b, iif)
                ),
                (
                    1,
                    from f in Gen.Elements("Math.Min", "Math.Max")
                    from a in GenInt(depth - 1)
                    from b in GenInt(depth - 1)
                    select (Node)new Call(f, [a, b])
                ),
                (1, GenInt(depth - 1).Select(x => (Node)new Call("Math.Abs", [x])))
            );

    private static Gen<Node> GenReal(int depth) =>
        depth == 0
            ? Gen.Elements(0.0, 0.5, 1.25, 2.5, 17.87, 48.0, -3.5, 1000000.75).Select(v => (Node)new Literal(v))
            : Gen.Frequency(
                (3, GenReal(0)),
                (1, GenInt(depth - 1)),
                (
                    4,
                    from op in Gen.Elements("+", "-", "*", "/", "%")
                    from l in GenReal(depth - 1)
                    from r in Gen.OneOf(GenReal(depth - 1), GenInt(depth - 1))
                    select (Node)new Binary(op, l, NonZeroLiteral(op, r))
                ),
                (1, GenReal(depth - 1).Select(x => (Node)new Unary("-", x))),
                (
                    1,
                    from c in GenBool(depth - 1)
                    from a in GenReal(depth - 1)
                    from b in GenInt(depth - 1)
                    select (Node)new Conditional(c, a, b, false)
                ),
                (
                    1,
                    from f in Gen.Elements("Math.Min", "Math.Max")
                    from a in GenReal(depth - 1)
                    from b in GenInt(depth - 1)
                    select (Node)new Call(f, [a, b])
                ),
                (1, GenReal(depth - 1).Select(x => (Node)new Call("Math.Abs", [x]))),
                (1, GenReal(depth - 1).Select(x => (Node)new Call("Math.Round", [x]))),
                (
                    1,
                    from x in GenReal(depth - 1)
                    from d in Gen.Choose(0, 3)
                    select (Node)new Call("Math.Round", [x, new Literal(d)])
                )
            );

    private static Gen<Node> GenBool(int depth) =>
        depth == 0
            ? Gen.Elements(true, false).Select(v => (Node)new Literal(v))
            : Gen.Frequency(
                (1, GenBool(0)),
                (
                    4,
                    from op in Gen.Elements("==", "!=", "<", "<=", ">", ">=")
                    from l in Gen.OneOf(GenInt(depth - 1), GenReal(depth - 1))
                    from r in Gen.OneOf(GenInt(depth - 1), GenReal(depth - 1))
                    select (Node)new Binary(op, l, r)
                ),
                (
                    2,
                    from op in Gen.Elements("&&", "||", "and", "or", "==", "!=")
                    from l in GenBool(depth - 1)
                    from r in GenBool(depth - 1)
                    select (Node)new Binary(op, l, r)
                ),
                (1, from op in Gen.Elements("!", "not") from x in GenBool(depth - 1) select (Node)new Unary(op, x)),
                (
                    1,
                    from c in GenBool(depth - 1)
                    from a in GenBool(depth - 1)
                    from b in GenBool(depth - 1)
                    from iif in Gen.Elements(true, false)
                    select (Node)new Conditional(c, a, b, iif)
                ),
                (
                    1,
                    from x in GenInt(depth - 1)
                    from items in Gen.NonEmptyListOf(GenInt(depth - 2 < 0 ? 0 : depth - 2))
                    select (Node)new In(x, [.. items.Take(4)])
                )
            );

    private static Gen<Node> GenLogic(int depth) =>
        depth == 0
            ? Gen.Elements<Node>(
                new Input("B"),
                new Input("C"),
                new Literal(true),
                new Literal(false),
                new Binary(">", new Input("X"), new Literal(4)),
                new Binary("==", new Input("X"), new Literal(0.0)),
                new Binary("==", new Input("B"), new Literal("null")),
                new Binary("!=", new Input("X"), new Literal("null"))
            )
            : Gen.Frequency(
                (1, GenLogic(0)),
                (
                    3,
                    from op in Gen.Elements("&&", "||")
                    from l in GenLogic(depth - 1)
                    from r in GenLogic(depth - 1)
                    select (Node)new Binary(op, l, r)
                ),
                (1, GenLogic(depth - 1).Select(x => (Node)new Unary("!", x))),
                (
                    1,
                    from c in GenLogic(depth - 1)
                    from a in GenLogic(depth - 1)
                    from b in GenLogic(depth - 1)
                    select (Node)new Conditional(c, a, b, false)
                )
            );

    /// <summary>
    /// The engine refuses division by a literal zero at load, so generated divisors are never literal zeros.
    /// </summary>
    private static Node NonZeroLiteral(string op, Node right) =>
        op is "/" or "%" && right is Literal { Value: 0 or 0.0 } ? new Literal(7) : right;

    private static string Print(Node node, Level context)
    {
        var (text, level) = node switch
        {
            Literal { Value: "null" } => ("null", Level.Primary),
            Literal { Value: bool b } => (b ? "true" : "false", Level.Primary),
            Literal { Value: double d } => (
                d.ToString("0.0###", CultureInfo.InvariantCulture),
                d < 0 ? Level.Unary : Level.Primary
            ),
            Literal { Value: int i } => (i.ToString(CultureInfo.InvariantCulture), i < 0 ? Level.Unary : Level.Primary),
            Input input => ($"input.{input.Name}", Level.Primary),
            Unary unary => PrintUnary(unary),
            Binary binary => PrintBinary(binary),
            Conditional { AsIif: true } c => (
                $"iif({Print(c.Test, Level.Conditional)}, {Print(c.WhenTrue, Level.Conditional)}, "
                    + $"{Print(c.WhenFalse, Level.Conditional)})",
                Level.Primary
            ),
            Conditional c => (
                $"{Print(c.Test, Level.Or)} ? {Print(c.WhenTrue, Level.Conditional)} : "
                    + $"{Print(c.WhenFalse, Level.Conditional)}",
                Level.Conditional
            ),
            Call call => (
                $"{call.Function}({string.Join(", ", call.Arguments.Select(a => Print(a, Level.Conditional)))})",
                Level.Primary
            ),
            In @in => (
                $"{Print(@in.Operand, Level.Comparison)} in "
                    + $"({string.Join(", ", @in.Items.Select(i => Print(i, Level.Unary)))})",
                Level.In
            ),
            _ => throw new InvalidOperationException(),
        };
        return level < context ? $"({text})" : text;
    }

    private static (string, Level) PrintUnary(Unary unary)
    {
        var operand = Print(unary.Operand, Level.Unary);

        // "- -5" and "not x" need a space; "-(5)" keeps a negated literal from folding into a negative literal.
        if (unary.Op == "-" && unary.Operand is Literal)
        {
            operand = $"({operand})";
        }

        var separator = unary.Op == "not" || operand.StartsWith('-') ? " " : string.Empty;
        return ($"{unary.Op}{separator}{operand}", Level.Unary);
    }

    private static (string, Level) PrintBinary(Binary binary)
    {
        var (level, rightLevel) = binary.Op switch
        {
            "||" or "or" => (Level.Or, Level.And),
            "&&" or "and" => (Level.And, Level.Comparison), // as System.Linq.Dynamic.Core reads the right side of &&
            "==" or "!=" or "<" or "<=" or ">" or ">=" => (Level.Comparison, Level.Additive),
            "+" or "-" => (Level.Additive, Level.Multiplicative),
            _ => (Level.Multiplicative, Level.Unary),
        };
        return ($"{Print(binary.Left, level)} {binary.Op} {Print(binary.Right, rightLevel)}", level);
    }

    /// <summary>C#'s value of the tree: int, double or bool, or null where C# would throw.</summary>
    private static object? Reference(Node node)
    {
        try
        {
            return Evaluate(node);
        }
        catch (ArithmeticException)
        {
            return null;
        }
    }

    private static object Evaluate(Node node)
    {
        switch (node)
        {
            case Literal literal:
                return literal.Value;
            case Unary { Op: "-" } unary:
                return Evaluate(unary.Operand) is int i ? (object)unchecked(-i) : -(double)Evaluate(unary.Operand);
            case Unary unary:
                return !(bool)Evaluate(unary.Operand);
            case Conditional c:
                var chosen = (bool)Evaluate(c.Test) ? c.WhenTrue : c.WhenFalse;
                var value = Evaluate(chosen);
                return IsReal(c.WhenTrue) || IsReal(c.WhenFalse) ? ToDouble(value) : value;
            case Call { Function: "Math.Abs" } call:
                return Evaluate(call.Arguments[0]) is int a
                    ? (object)Math.Abs(a)
                    : Math.Abs((double)Evaluate(call.Arguments[0]));
            case Call { Function: "Math.Round", Arguments.Length: 1 } call:
                return Math.Round(ToDouble(Evaluate(call.Arguments[0])));
            case Call { Function: "Math.Round" } call:
                return Math.Round(ToDouble(Evaluate(call.Arguments[0])), (int)((Literal)call.Arguments[1]).Value);
            case Call call:
            {
                var l = Evaluate(call.Arguments[0]);
                var r = Evaluate(call.Arguments[1]);
                var isMin = call.Function == "Math.Min";
                // Each arm boxed on its own: 'c ? int : double' would make every result a double.
                return l is int li && r is int ri ? (object)(isMin ? Math.Min(li, ri) : Math.Max(li, ri))
                    : isMin ? Math.Min(ToDouble(l), ToDouble(r))
                    : Math.Max(ToDouble(l), ToDouble(r));
            }

            case In @in:
            {
                var x = Evaluate(@in.Operand);
                return @in.Items.Any(item => Equals(ToDouble(x), ToDouble(Evaluate(item))));
            }

            case Binary { Op: "&&" or "and" } b:
                return (bool)Evaluate(b.Left) && (bool)Evaluate(b.Right);
            case Binary { Op: "||" or "or" } b:
                return (bool)Evaluate(b.Left) || (bool)Evaluate(b.Right);
            case Binary b:
            {
                var l = Evaluate(b.Left);
                var r = Evaluate(b.Right);
                if (l is bool lb)
                {
                    return b.Op == "==" ? lb == (bool)r : lb != (bool)r;
                }

                if (l is int li && r is int ri)
                {
                    return b.Op switch
                    {
                        "+" => unchecked(li + ri),
                        "-" => unchecked(li - ri),
                        "*" => unchecked(li * ri),
                        "/" => li / ri,
                        "%" => li % ri,
                        _ => Compare(b.Op, li, ri),
                    };
                }

                var ld = ToDouble(l);
                var rd = ToDouble(r);
                return b.Op switch
                {
                    "+" => ld + rd,
                    "-" => ld - rd,
                    "*" => ld * rd,
                    "/" => ld / rd,
                    "%" => ld % rd,
                    _ => Compare(b.Op, ld, rd),
                };
            }

            default:
                throw new InvalidOperationException();
        }
    }

    private static bool Compare(string op, double l, double r) =>
        op switch
        {
            "==" => l == r,
            "!=" => l != r,
            "<" => l < r,
            "<=" => l <= r,
            ">" => l > r,
            _ => l >= r,
        };

    private static double ToDouble(object value) => value is int i ? i : (double)value;

    /// <summary>
    /// Whether C# types the node as double (rather than int or bool), as the conditional's promotion needs.
    /// </summary>
    private static bool IsReal(Node node) =>
        node switch
        {
            Literal literal => literal.Value is double,
            Unary unary => IsReal(unary.Operand),
            Binary { Op: "+" or "-" or "*" or "/" or "%" } binary => IsReal(binary.Left) || IsReal(binary.Right),
            Conditional conditional => IsReal(conditional.WhenTrue) || IsReal(conditional.WhenFalse),
            Call { Function: "Math.Round" } => true,
            Call call => call.Arguments.Any(IsReal),
            _ => false,
        };

    /// <summary>Kleene's three-valued logic, with comparisons of missing values unknown and null tests known.</summary>
    private static bool? Kleene(Node node, bool? b, bool? c, double? x) =>
        node switch
        {
            Literal { Value: bool v } => v,
            Input { Name: "B" } => b,
            Input { Name: "C" } => c,
            Binary { Op: "==", Left: Input { Name: "B" }, Right: Literal { Value: "null" } } => b is null,
            Binary { Op: "!=", Left: Input { Name: "X" }, Right: Literal { Value: "null" } } => x is not null,
            Binary { Op: ">", Left: Input { Name: "X" } } => x is { } v ? v > 4 : null,
            Binary { Op: "==", Left: Input { Name: "X" } } => x is { } v ? v == 0 : null,
            Binary { Op: "&&" } and_ => (Kleene(and_.Left, b, c, x), Kleene(and_.Right, b, c, x)) switch
            {
                (false, _) or (_, false) => false,
                (true, true) => true,
                _ => null,
            },
            Binary { Op: "||" } or_ => (Kleene(or_.Left, b, c, x), Kleene(or_.Right, b, c, x)) switch
            {
                (true, _) or (_, true) => true,
                (false, false) => false,
                _ => null,
            },
            Unary not => !Kleene(not.Operand, b, c, x),
            Conditional cond => Kleene(cond.Test, b, c, x) switch
            {
                true => Kleene(cond.WhenTrue, b, c, x),
                false => Kleene(cond.WhenFalse, b, c, x),
                null => null,
            },
            _ => throw new InvalidOperationException(node.ToString()),
        };
}
