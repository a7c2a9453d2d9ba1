using System.Collections.Immutable;
using System.Globalization;

namespace Ntm.Criteria.Rules.Expressions;

/// <summary>
/// Turns <see cref="Syntax"/> into a typed <see cref="Bound"/> tree: resolves inputs and params, applies C#'s
/// numeric promotions as System.Linq.Dynamic.Core does, and refuses everything outside the language.
/// </summary>
internal sealed class Binder
{
    /// <summary>Names System.Linq.Dynamic.Core gives a meaning of its own; params may not take them.</summary>
    /// <remarks>Ignoring case, as Dynamic LINQ's keywords do.</remarks>
    internal static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true",
        "false",
        "null",
        "and",
        "or",
        "not",
        "in",
        "iif",
        "new",
        "it",
        "parent",
        "root",
        "np",
        "isnull",
        "mod",
        "typeof",
        "is",
        "as",
        "input",
        "Math",
        "Convert",
        "DateTime",
        "TimeSpan",
        "Guid",
        "Object",
        "String",
        "Boolean",
        "Char",
        "Byte",
        "Int16",
        "Int32",
        "Int64",
        "Single",
        "Double",
        "Decimal",
        "object",
        "string",
        "bool",
        "char",
        "byte",
        "short",
        "int",
        "long",
        "float",
        "double",
        "decimal",
        "sbyte",
        "ushort",
        "uint",
        "ulong",
    };

    private readonly InputSchema _inputs;
    private readonly IReadOnlyDictionary<string, ParamSymbol> _params;

    private Binder(InputSchema inputs, IReadOnlyDictionary<string, ParamSymbol> scope)
    {
        _inputs = inputs;
        _params = scope;
    }

    /// <summary>Binds one expression against the declared inputs and the params in scope.</summary>
    /// <exception cref="ExpressionSyntaxException">At the first problem.</exception>
    public static Bound Bind(Syntax syntax, InputSchema inputs, IReadOnlyDictionary<string, ParamSymbol> scope) =>
        new Binder(inputs, scope).BindNode(syntax);

    private Bound BindNode(Syntax syntax) =>
        syntax switch
        {
            LiteralSyntax literal => BindLiteral(literal),
            NameSyntax name => BindName(name),
            MemberSyntax member => BindMember(member),
            CallSyntax call => BindCall(call),
            UnarySyntax unary => BindUnary(unary),
            BinarySyntax binary => BindBinary(binary),
            ConditionalSyntax conditional => BindConditional(
                conditional.Position,
                conditional.Condition,
                conditional.WhenTrue,
                conditional.WhenFalse
            ),
            InSyntax @in => BindIn(@in),
            _ => throw new InvalidOperationException($"Unexpected syntax {syntax.GetType().Name}."),
        };

    private static BoundLiteral BindLiteral(LiteralSyntax literal) =>
        literal.Kind switch
        {
            LiteralKind.Integer => new BoundLiteral(ExprType.Integer, literal.Position, literal.Value),
            LiteralKind.Real => new BoundLiteral(ExprType.Number, literal.Position, literal.Value),
            LiteralKind.String => new BoundLiteral(ExprType.Text, literal.Position, literal.Value),
            LiteralKind.Boolean => new BoundLiteral(ExprType.Boolean, literal.Position, literal.Value),
            _ => new BoundLiteral(ExprType.Null, literal.Position, null),
        };

    private Bound BindName(NameSyntax name)
    {
        if (_params.TryGetValue(name.Name, out var param))
        {
            return new BoundParam(param.Type, name.Position, param);
        }

        if (name.Name == "input")
        {
            throw Error(RuleFileErrorKind.SyntaxError, name.Position, ExpressionMessages.InputAlone);
        }

        if (Reserved.Contains(name.Name))
        {
            throw Error(RuleFileErrorKind.ForbiddenConstruct, name.Position, ExpressionMessages.TypeName(name.Name));
        }

        throw Error(
            RuleFileErrorKind.UnknownName,
            name.Position,
            ExpressionMessages.UnknownName(
                name.Name,
                [.. _params.Keys.Order(StringComparer.Ordinal)],
                _inputs.IndexOf(name.Name) >= 0
            )
        );
    }

    private BoundInput BindMember(MemberSyntax member)
    {
        if (member.Target is not NameSyntax { Name: "input" } || _params.ContainsKey("input"))
        {
            var path = Describe(member);
            throw Error(
                RuleFileErrorKind.ForbiddenConstruct,
                StartOf(member),
                path.StartsWith("Math.", StringComparison.Ordinal)
                    ? ExpressionMessages.NotAValueFunction(path)
                    : ExpressionMessages.MemberAccess(path)
            );
        }

        var index = _inputs.IndexOf(member.Member);
        if (index < 0)
        {
            var suggestion = Suggest(member.Member, _inputs.Declarations.Select(d => d.Name));
            throw Error(
                RuleFileErrorKind.UnknownName,
                member.Position,
                ExpressionMessages.UnknownInput(member.Member, suggestion)
            );
        }

        var declaration = _inputs.Declarations[index];
        var type = declaration.Type switch
        {
            InputType.Number => ExprType.Number,
            InputType.Integer => ExprType.Integer,
            InputType.Boolean => ExprType.Boolean,
            _ => ExprType.Text,
        };
        return new BoundInput(type, member.Target.Position, declaration, index, _inputs.Slots[index]);
    }

    private Bound BindCall(CallSyntax call)
    {
        var name = Describe(call.Target);
        switch (name)
        {
            case "iif":
                if (call.Arguments.Length != 3)
                {
                    throw Error(
                        RuleFileErrorKind.SyntaxError,
                        StartOf(call),
                        ExpressionMessages.IifArguments(call.Arguments.Length)
                    );
                }

                return BindConditional(call.Position, call.Arguments[0], call.Arguments[1], call.Arguments[2]);
            case "Math.Min" or "Math.Max":
            {
                RequireArguments(call, name, 2);
                var (left, right, type) = Promote(
                    call.Position,
                    ExpressionMessages.AsWritten(name),
                    BindNumeric(call.Arguments[0], name),
                    BindNumeric(call.Arguments[1], name)
                );
                return new BoundCall(
                    type,
                    call.Position,
                    name == "Math.Min" ? MathFunction.Min : MathFunction.Max,
                    [left, right],
                    null
                );
            }

            case "Math.Abs":
            {
                RequireArguments(call, name, 1);
                var operand = BindNumeric(call.Arguments[0], name);
                return new BoundCall(operand.Type, call.Position, MathFunction.Abs, [operand], null);
            }

            case "Math.Round":
            {
                if (call.Arguments.Length is not (1 or 2))
                {
                    throw Error(
                        RuleFileErrorKind.SyntaxError,
                        StartOf(call),
                        ExpressionMessages.RoundArguments(call.Arguments.Length)
                    );
                }

                var value = ToNumber(BindNumeric(call.Arguments[0], name));
                int? digits = null;
                if (call.Arguments.Length == 2)
                {
                    digits = call.Arguments[1]
                        is LiteralSyntax { Kind: LiteralKind.Integer, Value: int d and >= 0 and <= 15 }
                        ? d
                        : throw Error(
                            RuleFileErrorKind.TypeMismatch,
                            StartOf(call.Arguments[1]),
                            ExpressionMessages.RoundDigits
                        );
                }

                return new BoundCall(ExprType.Number, call.Position, MathFunction.Round, [value], digits);
            }

            default:
                throw Error(
                    RuleFileErrorKind.ForbiddenConstruct,
                    StartOf(call),
                    ExpressionMessages.CallNotAllowed(name)
                );
        }
    }

    private Bound BindUnary(UnarySyntax unary)
    {
        var operand = BindNode(unary.Operand);
        if (unary.Operator == UnaryOperator.Negate)
        {
            RequireNumeric(operand, ExpressionMessages.AsWritten("-"));
            return new BoundUnary(operand.Type, unary.Position, UnaryOperator.Negate, operand);
        }

        RequireType(operand, ExprType.Boolean, ExpressionMessages.Not);
        return new BoundUnary(ExprType.Boolean, unary.Position, UnaryOperator.Not, operand);
    }

    private Bound BindBinary(BinarySyntax binary)
    {
        var left = BindNode(binary.Left);
        var right = BindNode(binary.Right);
        var op = ExpressionMessages.Operator(binary.OperatorText);
        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                RequireType(left, ExprType.Boolean, op);
                RequireType(right, ExprType.Boolean, op);
                return new BoundBinary(ExprType.Boolean, binary.Position, binary.Operator, left, right);

            case BinaryOperator.Equal
            or BinaryOperator.NotEqual:
                return BindEquality(binary.Position, binary.Operator, op, left, right);

            case BinaryOperator.Less
            or BinaryOperator.LessOrEqual
            or BinaryOperator.Greater
            or BinaryOperator.GreaterOrEqual:
            {
                RequireNumeric(left, op, right);
                RequireNumeric(right, op, left);
                var (l, r, _) = Promote(binary.Position, op, left, right);
                return new BoundBinary(ExprType.Boolean, binary.Position, binary.Operator, l, r);
            }

            default:
            {
                RequireNumeric(left, op, right);
                RequireNumeric(right, op, left);
                if (
                    binary.Operator is BinaryOperator.Divide or BinaryOperator.Modulo
                    && right is BoundLiteral { Value: 0 or 0.0 }
                )
                {
                    throw Error(
                        RuleFileErrorKind.DivisionByZero,
                        binary.Position,
                        ExpressionMessages.DivisionByZero(binary.OperatorText)
                    );
                }

                var (l, r, type) = Promote(binary.Position, op, left, right);
                return new BoundBinary(type, binary.Position, binary.Operator, l, r);
            }
        }
    }

    private static Bound BindEquality(int position, BinaryOperator op, RuleMessage opText, Bound left, Bound right)
    {
        var isEqual = op == BinaryOperator.Equal;
        if (left.Type == ExprType.Null && right.Type == ExprType.Null)
        {
            throw Error(RuleFileErrorKind.TypeMismatch, position, ExpressionMessages.TwoNulls(opText));
        }

        if (right.Type == ExprType.Null)
        {
            return new BoundNullTest(position, left, isEqual);
        }

        if (left.Type == ExprType.Null)
        {
            return new BoundNullTest(position, right, isEqual);
        }

        CheckAllowedValue(left, right);
        CheckAllowedValue(right, left);
        var (l, r, _) = Promote(position, opText, left, right);
        return new BoundBinary(ExprType.Boolean, position, op, l, r);
    }

    private Bound BindConditional(int position, Syntax conditionSyntax, Syntax whenTrueSyntax, Syntax whenFalseSyntax)
    {
        var condition = BindNode(conditionSyntax);
        RequireType(condition, ExprType.Boolean, ExpressionMessages.Condition);
        var whenTrue = BindNode(whenTrueSyntax);
        var whenFalse = BindNode(whenFalseSyntax);
        if (whenTrue.Type == ExprType.Null || whenFalse.Type == ExprType.Null)
        {
            throw Error(RuleFileErrorKind.TypeMismatch, position, ExpressionMessages.NullBranch);
        }

        var (t, f, type) = Promote(position, ExpressionMessages.Branches, whenTrue, whenFalse);
        return new BoundConditional(type, position, condition, t, f);
    }

    private BoundIn BindIn(InSyntax syntax)
    {
        var operand = BindNode(syntax.Operand);
        if (operand.Type == ExprType.Null)
        {
            throw Error(RuleFileErrorKind.TypeMismatch, syntax.Position, ExpressionMessages.NullInOperand);
        }

        var anyReal = operand.Type == ExprType.Number;
        var items = ImmutableArray.CreateBuilder<Bound>(syntax.Items.Length);
        foreach (var itemSyntax in syntax.Items)
        {
            var item = BindNode(itemSyntax);
            if (item.Type == ExprType.Null)
            {
                throw Error(RuleFileErrorKind.TypeMismatch, item.Position, ExpressionMessages.NullInList);
            }

            CheckAllowedValue(operand, item);
            Promote(item.Position, ExpressionMessages.Operator("in"), operand, item);
            anyReal |= item.Type == ExprType.Number;
            items.Add(item);
        }

        // One comparison type for the whole list, as C# would promote each 'x == item'.
        return anyReal
            ? new BoundIn(syntax.Position, ToNumber(operand), items.Select(ToNumber).ToImmutableArray())
            : new BoundIn(syntax.Position, operand, items.MoveToImmutable());
    }

    private static (Bound Left, Bound Right, ExprType Type) Promote(
        int position,
        RuleMessage what,
        Bound left,
        Bound right
    )
    {
        if (left.Type == right.Type)
        {
            return (left, right, left.Type);
        }

        if (IsNumeric(left.Type) && IsNumeric(right.Type))
        {
            return (ToNumber(left), ToNumber(right), ExprType.Number);
        }

        var quoted =
            IsNumeric(left.Type) ? right
            : IsNumeric(right.Type) ? left
            : null;
        throw Error(
            RuleFileErrorKind.TypeMismatch,
            position,
            ExpressionMessages.CannotCombine(what, Name(left.Type), Name(right.Type), QuotedNumber(quoted))
        );
    }

    // A number in quotes ("95"), as a threshold copied from a text cell: the number is meant.
    private static string? QuotedNumber(Bound? node) =>
        node is BoundLiteral { Type: ExprType.Text, Value: string text }
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? text.Trim()
            : null;

    private static Bound ToNumber(Bound node) =>
        node.Type == ExprType.Integer
            ? node is BoundLiteral { Value: int value }
                ? new BoundLiteral(ExprType.Number, node.Position, (double)value)
                : new BoundToNumber(node.Position, node)
            : node;

    private Bound BindNumeric(Syntax syntax, string function)
    {
        var node = BindNode(syntax);
        RequireNumeric(node, ExpressionMessages.AsWritten(function));
        return node;
    }

    private static void CheckAllowedValue(Bound input, Bound other)
    {
        if (
            input is BoundInput { Declaration: { Type: InputType.Enumeration } declaration }
            && other is BoundLiteral { Value: string text }
            && !declaration.AllowedValues.Contains(text, StringComparer.Ordinal)
        )
        {
            var suggestion = Suggest(text, declaration.AllowedValues);
            throw Error(
                RuleFileErrorKind.InvalidValue,
                other.Position,
                ExpressionMessages.NotAllowedValue(text, declaration.Name, declaration.AllowedValues, suggestion)
            );
        }
    }

    private static void RequireArguments(CallSyntax call, string name, int count)
    {
        if (call.Arguments.Length != count)
        {
            throw Error(
                RuleFileErrorKind.SyntaxError,
                StartOf(call),
                ExpressionMessages.ArgumentCount(name, count, call.Arguments.Length)
            );
        }
    }

    private static void RequireNumeric(Bound node, RuleMessage what, Bound? other = null)
    {
        if (!IsNumeric(node.Type))
        {
            throw Error(
                RuleFileErrorKind.TypeMismatch,
                node.Position,
                ExpressionMessages.NeedsNumbers(
                    what,
                    Name(node.Type),
                    other is null ? null : Name(other.Type),
                    QuotedNumber(node)
                )
            );
        }
    }

    private static void RequireType(Bound node, ExprType type, RuleMessage what)
    {
        if (node.Type != type)
        {
            throw Error(
                RuleFileErrorKind.TypeMismatch,
                node.Position,
                ExpressionMessages.Needs(what, Name(type), Name(node.Type))
            );
        }
    }

    private static bool IsNumeric(ExprType type) => type is ExprType.Number or ExprType.Integer;

    internal static RuleMessage Name(ExprType type) =>
        type switch
        {
            ExprType.Number => ExpressionMessages.ANumber,
            ExprType.Integer => ExpressionMessages.AWholeNumber,
            ExprType.Boolean => ExpressionMessages.ABoolean,
            ExprType.Text => ExpressionMessages.Text,
            _ => ExpressionMessages.Null,
        };

    /// <summary>Where a member chain or call begins: errors point at 'System' in System.IO.File.Delete(...).</summary>
    private static int StartOf(Syntax syntax) =>
        syntax switch
        {
            MemberSyntax member => StartOf(member.Target),
            CallSyntax call => StartOf(call.Target),
            BinarySyntax binary => StartOf(binary.Left),
            InSyntax @in => StartOf(@in.Operand),
            ConditionalSyntax conditional => StartOf(conditional.Condition),
            _ => syntax.Position,
        };

    private static string Describe(Syntax syntax) =>
        syntax switch
        {
            NameSyntax name => name.Name,
            MemberSyntax member => $"{Describe(member.Target)}.{member.Member}",
            CallSyntax call => $"{Describe(call.Target)}(...)",
            LiteralSyntax { Kind: LiteralKind.String } literal => $"\"{literal.Value}\"",
            LiteralSyntax literal => Convert.ToString(literal.Value, System.Globalization.CultureInfo.InvariantCulture)
                ?? "null",
            _ => "(...)",
        };

    /// <summary>"; did you mean 'X'?" for the closest candidate within a small edit distance, or nothing.</summary>
    internal static RuleMessage Suggest(string name, IEnumerable<string> candidates) =>
        Spelling.Meant(name, candidates) is { } best ? ExpressionMessages.DidYouMean(best) : ExpressionMessages.Nothing;

    private static ExpressionSyntaxException Error(RuleFileErrorKind kind, int position, RuleMessage message) =>
        new(new ExpressionError(kind, position, message));
}
