using System.Collections.Immutable;

namespace Ntm.Criteria.Rules.Expressions;

/// <summary>
/// A node of the parsed, untyped expression. <see cref="Position"/> is a 0-based offset into the text.
/// </summary>
internal abstract record Syntax(int Position)
{
    /// <summary>
    /// The height of the tree under this node, bounded by <see cref="RuleLoadOptions.MaxExpressionDepth"/>.
    /// </summary>
    public abstract int Depth { get; }
}

internal enum LiteralKind
{
    Integer,
    Real,
    String,
    Boolean,
    Null,
}

internal sealed record LiteralSyntax(int Position, LiteralKind Kind, object? Value) : Syntax(Position)
{
    public override int Depth => 1;
}

internal sealed record NameSyntax(int Position, string Name) : Syntax(Position)
{
    public override int Depth => 1;
}

internal sealed record MemberSyntax(int Position, Syntax Target, string Member) : Syntax(Position)
{
    public override int Depth => Target.Depth + 1;
}

internal sealed record CallSyntax(int Position, Syntax Target, ImmutableArray<Syntax> Arguments) : Syntax(Position)
{
    public override int Depth => Math.Max(Target.Depth, Arguments.Select(a => a.Depth).DefaultIfEmpty(0).Max()) + 1;
}

internal enum UnaryOperator
{
    Negate,
    Not,
}

internal sealed record UnarySyntax(int Position, UnaryOperator Operator, Syntax Operand) : Syntax(Position)
{
    public override int Depth => Operand.Depth + 1;
}

internal enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
}

internal sealed record BinarySyntax(
    int Position,
    BinaryOperator Operator,
    string OperatorText,
    Syntax Left,
    Syntax Right
) : Syntax(Position)
{
    public override int Depth { get; } = Math.Max(Left.Depth, Right.Depth) + 1;
}

internal sealed record ConditionalSyntax(int Position, Syntax Condition, Syntax WhenTrue, Syntax WhenFalse)
    : Syntax(Position)
{
    public override int Depth { get; } = Math.Max(Condition.Depth, Math.Max(WhenTrue.Depth, WhenFalse.Depth)) + 1;
}

internal sealed record InSyntax(int Position, Syntax Operand, ImmutableArray<Syntax> Items) : Syntax(Position)
{
    public override int Depth => Math.Max(Operand.Depth, Items.Max(i => i.Depth)) + 1;
}
