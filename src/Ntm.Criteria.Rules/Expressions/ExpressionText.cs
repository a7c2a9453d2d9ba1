using System.Collections.Immutable;
using Ntm.Criteria.Rules.Expressions;

namespace Ntm.Criteria.Rules;

/// <summary>
/// Expressions as the parser reads them, for callers that write expressions from data and check them: whether two say
/// the same, and which inputs one names.
/// </summary>
public static class ExpressionText
{
    /// <summary>
    /// Whether two expressions parse to the same tree: spacing, redundant parentheses and the spelling of a number
    /// (<c>80</c>, <c>80.0</c>) aside, and <c>and</c>/<c>&amp;&amp;</c>, <c>or</c>/<c>||</c> being one operator. A name
    /// of <paramref name="parameters"/> (a rule's LocalParams) stands for its expression. An expression that does not
    /// parse is the same as no other.
    /// </summary>
    public static bool AreSame(string left, string right, IEnumerable<ScopedParam>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var maxDepth = RuleLoadOptions.Default.MaxExpressionDepth;
        try
        {
            var named = new Dictionary<string, Syntax>(StringComparer.Ordinal);
            foreach (var parameter in parameters ?? [])
            {
                // A parameter may use those declared before it, as in a rule.
                named[parameter.Name] = Substitute(Parser.Parse(parameter.Expression, maxDepth), named);
            }

            return Same(
                Substitute(Parser.Parse(left, maxDepth), named),
                Substitute(Parser.Parse(right, maxDepth), named)
            );
        }
        catch (ExpressionSyntaxException)
        {
            return false;
        }
    }

    /// <summary>
    /// The inputs an expression reads, as <c>input.Name</c>, in the order it first names them; none when it does not
    /// parse (loading it says why).
    /// </summary>
    public static ImmutableArray<string> InputsNamed(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        try
        {
            return
            [
                .. Nodes(Parser.Parse(expression, RuleLoadOptions.Default.MaxExpressionDepth))
                    .OfType<MemberSyntax>()
                    .Where(m => m.Target is NameSyntax { Name: "input" })
                    .Select(m => m.Member)
                    .Distinct(),
            ];
        }
        catch (ExpressionSyntaxException)
        {
            return [];
        }
    }

    private static IEnumerable<Syntax> Nodes(Syntax syntax) =>
        (
            syntax switch
            {
                MemberSyntax member => [member.Target],
                CallSyntax call => [call.Target, .. call.Arguments],
                UnarySyntax unary => [unary.Operand],
                BinarySyntax binary => [binary.Left, binary.Right],
                ConditionalSyntax conditional => [conditional.Condition, conditional.WhenTrue, conditional.WhenFalse],
                InSyntax @in => [@in.Operand, .. @in.Items],
                _ => (IEnumerable<Syntax>)[],
            }
        )
            .SelectMany(Nodes)
            .Prepend(syntax);

    private static Syntax Substitute(Syntax syntax, Dictionary<string, Syntax> named) =>
        named.Count == 0
            ? syntax
            : syntax switch
            {
                NameSyntax name when named.TryGetValue(name.Name, out var replacement) => replacement,
                MemberSyntax member => member with { Target = Substitute(member.Target, named) },
                CallSyntax call => call with
                {
                    Target = Substitute(call.Target, named),
                    Arguments = [.. call.Arguments.Select(a => Substitute(a, named))],
                },
                UnarySyntax unary => unary with { Operand = Substitute(unary.Operand, named) },
                BinarySyntax binary => binary with
                {
                    Left = Substitute(binary.Left, named),
                    Right = Substitute(binary.Right, named),
                },
                ConditionalSyntax conditional => conditional with
                {
                    Condition = Substitute(conditional.Condition, named),
                    WhenTrue = Substitute(conditional.WhenTrue, named),
                    WhenFalse = Substitute(conditional.WhenFalse, named),
                },
                InSyntax @in => @in with
                {
                    Operand = Substitute(@in.Operand, named),
                    Items = [.. @in.Items.Select(i => Substitute(i, named))],
                },
                _ => syntax,
            };

    private static bool Same(Syntax left, Syntax right) =>
        (left, right) switch
        {
            (LiteralSyntax a, LiteralSyntax b) => SameLiteral(a, b),
            (NameSyntax a, NameSyntax b) => a.Name == b.Name,
            (MemberSyntax a, MemberSyntax b) => a.Member == b.Member && Same(a.Target, b.Target),
            (CallSyntax a, CallSyntax b) => Same(a.Target, b.Target) && SameAll(a.Arguments, b.Arguments),
            (UnarySyntax a, UnarySyntax b) => a.Operator == b.Operator && Same(a.Operand, b.Operand),
            (BinarySyntax a, BinarySyntax b) => a.Operator == b.Operator
                && Same(a.Left, b.Left)
                && Same(a.Right, b.Right),
            (ConditionalSyntax a, ConditionalSyntax b) => Same(a.Condition, b.Condition)
                && Same(a.WhenTrue, b.WhenTrue)
                && Same(a.WhenFalse, b.WhenFalse),
            (InSyntax a, InSyntax b) => Same(a.Operand, b.Operand) && SameAll(a.Items, b.Items),
            _ => false,
        };

    private static bool SameAll(ImmutableArray<Syntax> left, ImmutableArray<Syntax> right) =>
        left.Length == right.Length && left.Zip(right).All(pair => Same(pair.First, pair.Second));

    private static bool SameLiteral(LiteralSyntax left, LiteralSyntax right) =>
        (left.Kind, right.Kind) switch
        {
            (LiteralKind.Integer or LiteralKind.Real, LiteralKind.Integer or LiteralKind.Real) => Convert.ToDouble(
                left.Value,
                System.Globalization.CultureInfo.InvariantCulture
            ) == Convert.ToDouble(right.Value, System.Globalization.CultureInfo.InvariantCulture),
            _ => left.Kind == right.Kind && Equals(left.Value, right.Value),
        };
}
