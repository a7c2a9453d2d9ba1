using System.Linq.Expressions;
using System.Reflection;
using Ntm.Criteria.Rules.Expressions;
using static System.Linq.Expressions.Expression;

namespace Ntm.Criteria.Rules.Compilation;

/// <summary>
/// A compiled value: its state (0 known, 1 missing, 2 undefined, an <see cref="int"/>) and its CLR value,
/// both cheap to read more than once (constants, array reads or temporaries).
/// </summary>
internal readonly record struct Operand(Expression State, Expression Value);

/// <summary>
/// Emits LINQ expression trees for bound expressions. Every value carries a state next to it so that a
/// missing input propagates as "missing" (SQL-like, with Kleene logic for &amp;&amp; and ||) instead of
/// becoming false, and an integer division by zero becomes "undefined" instead of throwing.
/// </summary>
internal sealed class Emitter(ParameterExpression numbers, ParameterExpression texts)
{
    private static readonly ConstantExpression KnownState = Constant(Value.Known);
    private static readonly ConstantExpression MissingState = Constant(Value.MissingState);
    private static readonly ConstantExpression UndefinedState = Constant(Value.UndefinedState);

    private readonly Dictionary<ParamSymbol, Operand> _params = [];

    /// <summary>The schema indices of the inputs the emitted code reads.</summary>
    public SortedSet<int> InputsRead { get; } = [];

    /// <summary>Every temporary the emitted code uses; the caller declares them in the outermost block.</summary>
    public List<ParameterExpression> Variables { get; } = [];

    public void DefineParam(ParamSymbol param, List<Expression> block) => _params[param] = Emit(param.Value, block);

    public Operand Emit(Bound node, List<Expression> block) =>
        node switch
        {
            BoundLiteral literal => new Operand(KnownState, Constant(literal.Value, ClrType(literal.Type))),
            BoundInput input => EmitInput(input, block),
            BoundParam param => _params[param.Param],
            BoundUnary unary => EmitUnary(unary, Emit(unary.Operand, block), block),
            BoundBinary binary => EmitBinary(binary, Emit(binary.Left, block), Emit(binary.Right, block), block),
            BoundNullTest test => EmitNullTest(test, Emit(test.Operand, block), block),
            BoundConditional conditional => EmitConditional(conditional, block),
            BoundIn @in => EmitIn(@in, block),
            BoundCall call => EmitCall(call, block),
            BoundToNumber convert => EmitToNumber(convert, block),
            _ => throw new InvalidOperationException($"Unexpected bound node {node.GetType().Name}."),
        };

    /// <summary>
    /// A boolean that is true exactly when the expression is known and equals <paramref name="truth"/>: the test of
    /// an achieved or not-achieved outcome. Where a missing number (NaN) already makes a comparison false, and
    /// nothing can be undefined, no state is computed and nothing branches; other nodes fall back to <see
    /// cref="Emit"/>.
    /// </summary>
    public Expression EmitIs(Bound node, bool truth, List<Expression> block)
    {
        switch (node)
        {
            case BoundLiteral { Value: bool value }:
                return Constant(value == truth);
            case BoundInput { Type: ExprType.Boolean } input:
                // Booleans are stored as 1 and 0, missing as NaN, which compares false either way; an ordered
                // comparison with NaN needs no parity check, unlike ==.
                InputsRead.Add(input.Index);
                return truth
                    ? GreaterThan(ArrayIndex(numbers, Constant(input.Slot)), Constant(0.5))
                    : LessThan(ArrayIndex(numbers, Constant(input.Slot)), Constant(0.5));
            case BoundUnary { Operator: UnaryOperator.Not } not:
                return EmitIs(not.Operand, !truth, block);
            case BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } logical
                when !CanBeUndefined(logical.Left):
            {
                // Kleene logic: 'a && b' is true when both are, false when either is; 'a || b' the other way round.
                var left = EmitIs(logical.Left, truth, block);
                var right = EmitIs(logical.Right, truth, block);
                return (logical.Operator == BinaryOperator.And) == truth ? And(left, right) : Or(left, right);
            }

            case BoundBinary { Operator: >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual } comparison
                when IsNaNCoded(comparison.Left) && IsNaNCoded(comparison.Right):
            {
                var left = EmitNaNCoded(comparison.Left);
                var right = EmitNaNCoded(comparison.Right);

                // Every ordered comparison with NaN is false, so only '==' and '!=' need to exclude it.
                var op = truth ? comparison.Operator : Complement(comparison.Operator);
                return op switch
                {
                    BinaryOperator.Equal => Equal(left, right),
                    BinaryOperator.NotEqual => And(NotEqual(left, right), And(Equal(left, left), Equal(right, right))),
                    BinaryOperator.Less => LessThan(left, right),
                    BinaryOperator.LessOrEqual => LessThanOrEqual(left, right),
                    BinaryOperator.Greater => GreaterThan(left, right),
                    _ => GreaterThanOrEqual(left, right),
                };
            }

            default:
                var operand = Emit(node, block);
                return And(Equal(operand.State, KnownState), truth ? operand.Value : Not(operand.Value));
        }
    }

    /// <summary>The comparison that holds exactly when <paramref name="op"/> fails, both sides known.</summary>
    internal static BinaryOperator Complement(BinaryOperator op) =>
        op switch
        {
            BinaryOperator.Equal => BinaryOperator.NotEqual,
            BinaryOperator.NotEqual => BinaryOperator.Equal,
            BinaryOperator.Less => BinaryOperator.GreaterOrEqual,
            BinaryOperator.LessOrEqual => BinaryOperator.Greater,
            BinaryOperator.Greater => BinaryOperator.LessOrEqual,
            _ => BinaryOperator.Less,
        };

    /// <summary>
    /// Whether a node is a number read as a double that is NaN exactly when missing: an input or a literal.
    /// </summary>
    private static bool IsNaNCoded(Bound node) =>
        node switch
        {
            BoundInput { Type: ExprType.Number or ExprType.Integer } => true,
            BoundLiteral { Type: ExprType.Number or ExprType.Integer } => true,
            BoundToNumber convert => IsNaNCoded(convert.Operand),
            _ => false,
        };

    private Expression EmitNaNCoded(Bound node)
    {
        switch (node)
        {
            case BoundInput input:
                InputsRead.Add(input.Index);
                return ArrayIndex(numbers, Constant(input.Slot));
            case BoundLiteral literal:
                return Constant(
                    System.Convert.ToDouble(literal.Value, System.Globalization.CultureInfo.InvariantCulture)
                );
            default:
                return EmitNaNCoded(((BoundToNumber)node).Operand);
        }
    }

    /// <summary>
    /// Whether evaluating a node can give "undefined": only a whole-number division, remainder or Abs can.
    /// </summary>
    public static bool CanBeUndefined(Bound node) =>
        node.DescendantsAndSelf()
            .Any(n =>
                n
                    is BoundBinary
                        {
                            Operator: BinaryOperator.Divide or BinaryOperator.Modulo,
                            Left.Type: ExprType.Integer
                        }
                        or BoundCall { Function: MathFunction.Abs, Type: ExprType.Integer }
            );

    public Operand EmitBinary(BoundBinary binary, Operand left, Operand right, List<Expression> block)
    {
        var op = binary.Operator;
        if (op is BinaryOperator.And or BinaryOperator.Or)
        {
            return EmitLogical(op == BinaryOperator.And, left, right, block);
        }

        var state = MaxState(left.State, right.State);
        if (binary.Left.Type == ExprType.Integer && op is BinaryOperator.Divide or BinaryOperator.Modulo)
        {
            // C# throws on x / 0 and int.MinValue / -1; the rule gets "undefined" instead.
            var undefined = Temp(
                typeof(bool),
                block,
                OrElse(
                    Equal(right.Value, Constant(0)),
                    AndAlso(Equal(left.Value, Constant(int.MinValue)), Equal(right.Value, Constant(-1)))
                )
            );
            var quotient =
                op == BinaryOperator.Divide ? Divide(left.Value, right.Value) : Modulo(left.Value, right.Value);
            return Materialize(
                Condition(NotEqual(state, KnownState), state, Condition(undefined, UndefinedState, KnownState)),
                Condition(undefined, Constant(0), quotient),
                block
            );
        }

        Expression value = op switch
        {
            BinaryOperator.Add => Add(left.Value, right.Value),
            BinaryOperator.Subtract => Subtract(left.Value, right.Value),
            BinaryOperator.Multiply => Multiply(left.Value, right.Value),
            BinaryOperator.Divide => Divide(left.Value, right.Value),
            BinaryOperator.Modulo => Modulo(left.Value, right.Value),
            BinaryOperator.Equal => Equal(left.Value, right.Value),
            BinaryOperator.NotEqual => NotEqual(left.Value, right.Value),
            BinaryOperator.Less => LessThan(left.Value, right.Value),
            BinaryOperator.LessOrEqual => LessThanOrEqual(left.Value, right.Value),
            BinaryOperator.Greater => GreaterThan(left.Value, right.Value),
            _ => GreaterThanOrEqual(left.Value, right.Value),
        };
        return Materialize(state, value, block);
    }

    private Operand EmitInput(BoundInput input, List<Expression> block)
    {
        InputsRead.Add(input.Index);
        var slot = Constant(input.Slot);
        if (input.Type == ExprType.Text)
        {
            var text = Temp(typeof(string), block, ArrayIndex(texts, slot));
            return new Operand(
                Temp(
                    typeof(int),
                    block,
                    Condition(ReferenceEqual(text, Constant(null, typeof(string))), MissingState, KnownState)
                ),
                text
            );
        }

        // Missing numbers are NaN in the record, and NaN is the only value unequal to itself.
        var number = Temp(typeof(double), block, ArrayIndex(numbers, slot));
        var state = Condition(NotEqual(number, number), MissingState, KnownState);
        Expression value = input.Type switch
        {
            ExprType.Integer => Convert(number, typeof(int)),
            ExprType.Boolean => NotEqual(number, Constant(0.0)),
            _ => number,
        };
        return Materialize(state, value, block);
    }

    private Operand EmitUnary(BoundUnary unary, Operand operand, List<Expression> block) =>
        Materialize(
            operand.State,
            unary.Operator == UnaryOperator.Not ? Not(operand.Value) : Negate(operand.Value),
            block
        );

    private Operand EmitLogical(bool isAnd, Operand left, Operand right, List<Expression> block)
    {
        // And: a known false decides; Or: a known true decides. Otherwise any unknown makes the result unknown.
        // C# evaluates the left side first, so an undefined left side (an exception there) is never decided away.
        var decisive = Constant(!isAnd);
        var decided = Temp(
            typeof(bool),
            block,
            OrElse(
                AndAlso(Equal(left.State, KnownState), Equal(left.Value, decisive)),
                AndAlso(
                    AndAlso(Equal(right.State, KnownState), Equal(right.Value, decisive)),
                    NotEqual(left.State, UndefinedState)
                )
            )
        );
        var state = Temp(typeof(int), block, Condition(decided, KnownState, MaxState(left.State, right.State)));
        Expression value = isAnd ? AndAlso(Not(decided), Equal(state, KnownState)) : decided;
        return Materialize(state, value, block);
    }

    private Operand EmitNullTest(BoundNullTest test, Operand operand, List<Expression> block)
    {
        Expression isMissing = Equal(operand.State, MissingState);
        return Materialize(
            Condition(Equal(operand.State, UndefinedState), UndefinedState, KnownState),
            test.IsNull ? isMissing : Not(isMissing),
            block
        );
    }

    private Operand EmitConditional(BoundConditional conditional, List<Expression> block)
    {
        var condition = Emit(conditional.Condition, block);
        var state = Variable(typeof(int));
        var value = Variable(ClrType(conditional.Type));
        Variables.Add(state);
        Variables.Add(value);

        // Only the chosen branch runs, as in C#.
        BlockExpression Branch(Bound branch)
        {
            var statements = new List<Expression>();
            var result = Emit(branch, statements);
            statements.Add(Assign(state, result.State));
            statements.Add(Assign(value, result.Value));
            return Block(statements);
        }

        block.Add(
            IfThenElse(
                Equal(condition.State, KnownState),
                IfThenElse(condition.Value, Branch(conditional.WhenTrue), Branch(conditional.WhenFalse)),
                Block(Assign(state, condition.State), Assign(value, Default(value.Type)))
            )
        );
        return new Operand(state, value);
    }

    private Operand EmitIn(BoundIn @in, List<Expression> block)
    {
        // 'x in (a, b)' means 'x == a || x == b', as in System.Linq.Dynamic.Core.
        var operand = Emit(@in.Operand, block);
        Operand? result = null;
        foreach (var item in @in.Items)
        {
            var candidate = Emit(item, block);
            var equal = Materialize(
                MaxState(operand.State, candidate.State),
                Equal(operand.Value, candidate.Value),
                block
            );
            result = result is { } previous ? EmitLogical(isAnd: false, previous, equal, block) : equal;
        }

        return result!.Value;
    }

    private Operand EmitCall(BoundCall call, List<Expression> block)
    {
        var args = call.Arguments.Select(a => Emit(a, block)).ToArray();
        var state = args.Length == 2 ? MaxState(args[0].State, args[1].State) : args[0].State;
        var type = ClrType(call.Type);
        switch (call.Function)
        {
            case MathFunction.Abs when call.Type == ExprType.Integer:
            {
                // Math.Abs(int.MinValue) throws in C#: undefined here.
                var overflow = Equal(args[0].Value, Constant(int.MinValue));
                return Materialize(
                    Condition(NotEqual(state, KnownState), state, Condition(overflow, UndefinedState, KnownState)),
                    Condition(overflow, Constant(0), Call(MathMethod("Abs", type), args[0].Value)),
                    block
                );
            }

            case MathFunction.Round when call.Digits is { } digits:
                return Materialize(
                    state,
                    Call(MathMethod("Round", typeof(double), typeof(int)), args[0].Value, Constant(digits)),
                    block
                );
            case MathFunction.Round:
                return Materialize(state, Call(MathMethod("Round", typeof(double)), args[0].Value), block);
            case MathFunction.Abs:
                return Materialize(state, Call(MathMethod("Abs", type), args[0].Value), block);
            default:
                var name = call.Function == MathFunction.Min ? "Min" : "Max";
                return Materialize(state, Call(MathMethod(name, type, type), args[0].Value, args[1].Value), block);
        }
    }

    private Operand EmitToNumber(BoundToNumber convert, List<Expression> block)
    {
        var operand = Emit(convert.Operand, block);
        return Materialize(operand.State, Convert(operand.Value, typeof(double)), block);
    }

    private static MethodInfo MathMethod(string name, params Type[] parameters) =>
        typeof(Math).GetMethod(name, parameters) ?? throw new InvalidOperationException($"Math.{name} not found.");

    private static Expression MaxState(Expression left, Expression right)
    {
        if (left == KnownState)
        {
            return right;
        }

        return right == KnownState ? left : Condition(GreaterThan(left, right), left, right);
    }

    private Operand Materialize(Expression state, Expression value, List<Expression> block) =>
        new(
            state is ConstantExpression or ParameterExpression ? state : Temp(typeof(int), block, state),
            Temp(value.Type, block, value)
        );

    private ParameterExpression Temp(Type type, List<Expression> block, Expression value)
    {
        var variable = Variable(type);
        Variables.Add(variable);
        block.Add(Assign(variable, value));
        return variable;
    }

    internal static Type ClrType(ExprType type) =>
        type switch
        {
            ExprType.Number => typeof(double),
            ExprType.Integer => typeof(int),
            ExprType.Boolean => typeof(bool),
            _ => typeof(string),
        };
}
