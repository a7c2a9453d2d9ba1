using System.Collections.Immutable;

namespace Ntm.Criteria.Rules.Expressions;

/// <summary>The static type of an expression: what System.Linq.Dynamic.Core would infer for it.</summary>
internal enum ExprType
{
    Number,
    Integer,
    Boolean,
    Text,
    Null,
}

internal enum MathFunction
{
    Min,
    Max,
    Abs,
    Round,
}

/// <summary>A node of the typed expression tree; operands are already converted to the operator's type.</summary>
internal abstract record Bound(ExprType Type, int Position)
{
    /// <summary>This node and every node below it, through the values of the params it reads, in pre-order.</summary>
    public IEnumerable<Bound> DescendantsAndSelf()
    {
        yield return this;
        IEnumerable<Bound> operands = this switch
        {
            BoundParam param => [param.Param.Value],
            BoundUnary unary => [unary.Operand],
            BoundBinary binary => [binary.Left, binary.Right],
            BoundNullTest test => [test.Operand],
            BoundConditional conditional => [conditional.Condition, conditional.WhenTrue, conditional.WhenFalse],
            BoundIn @in => [@in.Operand, .. @in.Items],
            BoundCall call => call.Arguments,
            BoundToNumber convert => [convert.Operand],
            _ => [],
        };
        foreach (var node in operands.SelectMany(operand => operand.DescendantsAndSelf()))
        {
            yield return node;
        }
    }
}

internal sealed record BoundLiteral(ExprType Type, int Position, object? Value) : Bound(Type, Position);

internal sealed record BoundInput(ExprType Type, int Position, InputDeclaration Declaration, int Index, int Slot)
    : Bound(Type, Position);

internal sealed record BoundParam(ExprType Type, int Position, ParamSymbol Param) : Bound(Type, Position);

internal sealed record BoundUnary(ExprType Type, int Position, UnaryOperator Operator, Bound Operand)
    : Bound(Type, Position);

internal sealed record BoundBinary(ExprType Type, int Position, BinaryOperator Operator, Bound Left, Bound Right)
    : Bound(Type, Position);

/// <summary>
/// <c>x == null</c> (<see cref="IsNull"/>) or <c>x != null</c>: whether a value is missing, never itself missing.
/// </summary>
internal sealed record BoundNullTest(int Position, Bound Operand, bool IsNull) : Bound(ExprType.Boolean, Position);

internal sealed record BoundConditional(ExprType Type, int Position, Bound Condition, Bound WhenTrue, Bound WhenFalse)
    : Bound(Type, Position);

internal sealed record BoundIn(int Position, Bound Operand, ImmutableArray<Bound> Items)
    : Bound(ExprType.Boolean, Position);

/// <summary>A Math call; <see cref="Digits"/> is Math.Round's second argument when given.</summary>
internal sealed record BoundCall(
    ExprType Type,
    int Position,
    MathFunction Function,
    ImmutableArray<Bound> Arguments,
    int? Digits
) : Bound(Type, Position);

/// <summary>An implicit int-to-double conversion, where C# would insert one.</summary>
internal sealed record BoundToNumber(int Position, Bound Operand) : Bound(ExprType.Number, Position);

/// <summary>A GlobalParam or LocalParam, bound once and read by name.</summary>
internal sealed class ParamSymbol(string name, Bound value, int id)
{
    public string Name { get; } = name;

    public Bound Value { get; } = value;

    public int Id { get; } = id;

    public ExprType Type => Value.Type;
}
